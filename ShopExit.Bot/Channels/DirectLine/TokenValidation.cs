namespace ShopExit.Bot.Channels.DirectLine;

/// <summary>The outcome of checking a token.</summary>
public enum TokenValidation
{
    /// <summary>Signed by us and not expired.</summary>
    Valid,

    /// <summary>Signed by us but expired (403 TokenExpired).</summary>
    Expired,

    /// <summary>Not a token of ours.</summary>
    Invalid,
}
