namespace ShopExit.Knowledge.Content;

/// <summary>One way a merchant asks for an entry, with where it is written.</summary>
/// <param name="Text">The phrasing as the editor wrote it.</param>
/// <param name="Location">Where it is in its file.</param>
public sealed record Phrasing(string Text, SourceLocation Location);
