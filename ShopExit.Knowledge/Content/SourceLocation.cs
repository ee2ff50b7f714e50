namespace ShopExit.Knowledge.Content;

/// <summary>A place in a content file, 1-based, as editors' tools print it (<c>file:line:column</c>).</summary>
/// <param name="File">The file path as it should be shown to the editor.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
