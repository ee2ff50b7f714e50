



namespace ShopExit.Bot.ConversationTests;

/// <summary>A conversation test: a named list of merchant turns and what must follow each.</summary>
/// <param name="Name">What the story is about.</param>
/// <param name="File">The file it is written in, as shown to the editor.</param>
/// <param name="Line">Where it starts.</param>
/// <param name="Locale">The page's locale (<c>en</c>, <c>zh-CN</c>), when set: the welcome and every message carry it.</param>
/// <param name="AgentsAvailable">Whether a human agent can take the conversation (otherwise a request for one leaves a ticket).</param>
/// <param name="Turns">The turns, in order.</param>
public sealed record Story(string Name, string File, int Line, string? Locale, bool AgentsAvailable, IReadOnlyList<StoryTurn> Turns);
