namespace ShopExit.LoadTest;

/// <summary>
/// One message of a script and what its reply should contain: any one of <see cref="Expected"/>
/// (none: any reply will do). A step with <see cref="OnlyAfter"/> is sent only when the previous
/// reply contains that text, and skipped otherwise (the bot asks some questions only once).
/// </summary>
internal sealed record ScriptStep(string Text, IReadOnlyList<string> Expected, string? OnlyAfter = null)
{
    /// <summary>Whether a reply looks like the answer to this step (a substring check, kept light on purpose).</summary>
    public bool Fits(string reply) => Expected.Count == 0 || Expected.Any(e => reply.Contains(e, StringComparison.Ordinal));
}
