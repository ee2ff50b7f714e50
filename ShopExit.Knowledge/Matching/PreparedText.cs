using ShopExit.Knowledge.Content;

namespace ShopExit.Knowledge.Matching;

/// <summary>A text ready for matching.</summary>
/// <param name="Normalized">The normalised text, synonyms applied, platform names removed.</param>
/// <param name="Platform">The platform the text names, if any.</param>
/// <param name="Terms">Its distinct terms, sorted.</param>
internal sealed record PreparedText(string Normalized, Platform? Platform, List<ulong> Terms);
