



namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>
/// How a prompt came to its reading of a reply, strongest first. A walkthrough trusts a button or
/// an exact title over anything else, and a leading 还没有 in a long sentence least of all.
/// </summary>
public enum PromptReading
{
    /// <summary>Not understood.</summary>
    None,

    /// <summary>One of the prompt's own buttons was clicked (the value came with the message).</summary>
    Button,

    /// <summary>The whole reply is a button's title or a synonym of it, in either language.</summary>
    Exact,

    /// <summary>The whole reply is a natural way to say one of the answers (弄好了, 还没弄, nope).</summary>
    Natural,

    /// <summary>A longer reply starts with an answer (还没有，我先去处理一下).</summary>
    Leading,

    /// <summary>A longer reply contains a choice's name somewhere (我是抖音小店的商家).</summary>
    Contained,
}
