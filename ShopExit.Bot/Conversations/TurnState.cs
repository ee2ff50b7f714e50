namespace ShopExit.Bot.Conversations;

/// <summary>
/// What the turn's middleware hands to what runs after it, keyed by type (Bot Builder's
/// <c>TurnState</c>): the content version, whether a human is available, the bot's texts. The
/// core carries the values without knowing what they are.
/// </summary>
public sealed class TurnState
{
    private readonly Dictionary<Type, object> _values = [];

    /// <summary>Sets the value of type <typeparamref name="T"/>.</summary>
    public void Set<T>(T value)
        where T : class => _values[typeof(T)] = value;

    /// <summary>The value of type <typeparamref name="T"/>, or null when nothing set one.</summary>
    public T? Find<T>()
        where T : class => _values.TryGetValue(typeof(T), out var value) ? (T)value : null;

    /// <summary>The value of type <typeparamref name="T"/>, created and kept on first use.</summary>
    public T GetOrAdd<T>(Func<T> create)
        where T : class
    {
        if (Find<T>() is { } existing)
        {
            return existing;
        }

        var created = create();
        Set(created);
        return created;
    }
}
