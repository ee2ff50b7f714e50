



namespace ShopExit.Bot.ConversationTests;

/// <summary>One turn of a story: what the merchant does, and what must follow.</summary>
/// <param name="Line">Where the turn is written.</param>
/// <param name="Action">Typing, clicking or switching the language.</param>
/// <param name="Input">The text typed, the button title clicked, or the locale.</param>
/// <param name="Expectations">What must follow.</param>
public sealed record StoryTurn(int Line, StoryAction Action, string Input, IReadOnlyList<StoryExpectation> Expectations);
