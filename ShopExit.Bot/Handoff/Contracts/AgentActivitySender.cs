namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>Who wrote an activity, as agents see it.</summary>
/// <param name="Id">The sender's id (<c>agent:alice</c> for an agent).</param>
/// <param name="Name">The sender's name.</param>
/// <param name="Role"><c>user</c> (the merchant), <c>bot</c> or <c>agent</c>.</param>
public sealed record AgentActivitySender(string? Id, string? Name, string Role);
