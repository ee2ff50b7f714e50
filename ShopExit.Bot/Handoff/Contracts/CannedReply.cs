namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>A canned reply: an FAQ answer the agent can send (<c>GET /api/agent/canned</c>).</summary>
/// <param name="Id">The FAQ entry.</param>
/// <param name="Title">Its title (zh-CN).</param>
/// <param name="Text">Its answer (zh-CN).</param>
public sealed record CannedReply(string Id, string Title, string Text);
