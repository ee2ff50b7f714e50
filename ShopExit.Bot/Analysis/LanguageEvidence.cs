namespace ShopExit.Bot.Analysis;

/// <summary>What one message says about the language it is written in.</summary>
/// <param name="Language"><c>zh-CN</c>, <c>en</c>, or null when the text does not tell.</param>
/// <param name="Clear">
/// Whether it is clear enough to switch a conversation's language on its own: two Chinese
/// characters, or an English sentence of three words (a lone "done", "ok" or a contact is not).
/// </param>
public sealed record LanguageEvidence(string? Language, bool Clear)
{
    /// <summary>No evidence.</summary>
    public static LanguageEvidence None { get; } = new(null, false);
}
