



namespace ShopExit.Bot.Dialogs;

/// <summary>The dialogs a <see cref="DialogContext"/> can begin, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Adds a dialog; ids must be unique.</summary>
    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    /// <summary>The dialog with this id, or null (for example a stored id from an older deployment).</summary>
    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
