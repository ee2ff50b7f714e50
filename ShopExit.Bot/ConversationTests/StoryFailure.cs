



namespace ShopExit.Bot.ConversationTests;

/// <summary>A story that did not go as written.</summary>
/// <param name="File">The story's file.</param>
/// <param name="Line">The line of the expectation (or turn) that failed.</param>
/// <param name="Story">The story's name.</param>
/// <param name="Turn">The turn's number in the story, from 1.</param>
/// <param name="Expected">What was expected.</param>
/// <param name="Got">What happened.</param>
public sealed record StoryFailure(string File, int Line, string Story, int Turn, string Expected, string Got)
{
    /// <summary>The line <c>faq test</c> prints: <c>file:line: story 'name', turn N: expected …, got …</c>.</summary>
    public override string ToString() => $"{File}:{Line}: story '{Story}', turn {Turn}: expected {Expected}, got {Got}";
}
