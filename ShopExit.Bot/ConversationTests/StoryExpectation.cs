



namespace ShopExit.Bot.ConversationTests;

/// <summary>One thing that must follow a turn of a story (<c>answer: closure-reopen</c>, <c>step: platform.ask</c>, ...).</summary>
/// <param name="Key">The expectation's name, as written (<see cref="StoryExpectations.Keys"/>).</param>
/// <param name="Values">Its value, or values for a list.</param>
/// <param name="Pairs">For <c>recorded:</c>, the step values that must have been recorded.</param>
/// <param name="Line">Where it is written.</param>
public sealed record StoryExpectation(string Key, IReadOnlyList<string> Values, IReadOnlyDictionary<string, string> Pairs, int Line)
{
    /// <summary>The single value.</summary>
    public string Value => Values.Count > 0 ? Values[0] : string.Empty;
}
