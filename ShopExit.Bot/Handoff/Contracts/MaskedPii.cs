namespace ShopExit.Bot.Handoff.Contracts;

/// <summary>One piece of PII in a message, masked.</summary>
/// <param name="Category">What it is (<c>PhoneNumber</c>, <c>Email</c>, ...: <see cref="Analysis.PiiCategory"/>).</param>
/// <param name="Masked">The value as shown (<c>138****5678</c>).</param>
/// <param name="Label">What it is, for the agent (手机号).</param>
public sealed record MaskedPii(string Category, string Masked, string Label);
