



namespace ShopExit.Bot.Dialogs;

/// <summary>The dialogs a <see cref="DialogContext"/> can begin, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dialog?> _made = new(StringComparer.Ordinal);
    private Func<string, Dialog?>? _factory;

    /// <summary>Adds a dialog; ids must be unique.</summary>
    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    /// <summary>
    /// Makes the dialogs of ids the set does not list (the walkthroughs, which are content and can
    /// be added while the bot runs); each is made once. The factory returns null for an id it does not know.
    /// </summary>
    public DialogSet AddFactory(Func<string, Dialog?> factory)
    {
        _factory = factory;
        return this;
    }

    /// <summary>The dialog with this id, or null (for example a stored id from an older deployment).</summary>
    public Dialog? Find(string id) =>
        _dialogs.GetValueOrDefault(id) ?? (_factory is { } factory ? _made.GetOrAdd(id, factory) : null);
}
