namespace ShopExit.Knowledge.Matching;

/// <summary>Questions that say roughly the same thing.</summary>
/// <param name="Representative">The most frequent wording in the group.</param>
/// <param name="Questions">Every question in the group, as asked.</param>
public sealed record QuestionGroup(string Representative, IReadOnlyList<string> Questions);
