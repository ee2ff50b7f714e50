namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>One message unmasked (<c>POST /api/agent/handoffs/{id}/reveal</c>; the reveal is logged).</summary>
/// <param name="Text">The message as the merchant wrote it.</param>
public sealed record RevealedText(string? Text);
