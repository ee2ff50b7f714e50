namespace ShopExit.Bot.Analysis;

/// <summary>One piece of personal data in a message.</summary>
/// <param name="Category">What kind of data it is.</param>
/// <param name="Offset">Where it starts in the original string, in UTF-16 code units (a C# string index).</param>
/// <param name="Length">How many UTF-16 code units it covers, separators and prefixes included.</param>
public sealed record PiiEntity(PiiCategory Category, int Offset, int Length)
{
    /// <summary>The index just after the entity.</summary>
    public int End => Offset + Length;
}
