namespace ShopExit.Bot.Conversations;

/// <summary>An FAQ entry the bot showed, with its score (handed to an agent as context).</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Score">The match score.</param>
public sealed record ShownAnswer(string Id, double Score);
