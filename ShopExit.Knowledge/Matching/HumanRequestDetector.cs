namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Finds a request for a human agent anywhere in a message, with common typos and homophones
/// (转人宫, 仁工, huamn, agnet), so the matcher never misses one however the rest of the message
/// scores. A request needs a request verb (转/找/叫/要…人工, talk to a human, get me a person) or
/// a message that is nothing but the request (人工, 真人客服呢, "agent please"). Questions ABOUT
/// customer service (保证金被拒要联系客服吗, 联系平台客服, "the agent said…") and questions about
/// the bot itself (你是真人吗, "are you a bot?") are not requests. Language knowledge, not
/// content, so it lives in code (<see cref="ChineseHumanRequest"/>, <see cref="EnglishHumanRequest"/>).
/// </summary>
public static class HumanRequestDetector
{
    /// <summary>The words that ask for a human (for <c>faq explain</c>), or null when the text does not ask for one.</summary>
    /// <param name="text">The merchant's message as written.</param>
    public static string? Find(string? text) => Find(text, TextNormalizer.Normalize(text));

    /// <summary>
    /// Whether the message is the request and little else (转人工, 人工客服！, human please), as against
    /// a message that also says something (保证金没到账，转人工).
    /// </summary>
    public static bool IsOnlyRequest(string? text, string normalized) =>
        Find(text, normalized) is { } request && normalized.Replace(" ", string.Empty, StringComparison.Ordinal).Length <= request.Length + 2;

    /// <summary>Like <see cref="Find(string?)"/>, for a message normalised already.</summary>
    /// <param name="text">The message as written (its question marks count).</param>
    /// <param name="normalized">The message after <see cref="TextNormalizer.Normalize"/>.</param>
    public static string? Find(string? text, string normalized)
    {
        if (normalized.Length == 0)
        {
            return null;
        }

        // A question mark is gone after normalising, but it tells "要联系客服?" (should I?) from a demand.
        var question = text is not null && (text.Contains('?', StringComparison.Ordinal) || text.Contains('？', StringComparison.Ordinal));
        return ChineseHumanRequest.Find(normalized, question) ?? EnglishHumanRequest.Find(normalized);
    }
}
