namespace ShopExit.Knowledge.Content;

/// <summary>How bad a content problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The content works but an editor should look (for example a phrasing that matches another item better).</summary>
    Warning,

    /// <summary>The content cannot be used: the bot refuses it.</summary>
    Error,
}
