namespace ShopExit.Knowledge.Content;

/// <summary>What the bot does when an entry is matched. Derived from the id, so editors never set it.</summary>
public enum EntryKind
{
    /// <summary>An FAQ item (small talk included): the bot shows its answer.</summary>
    Faq,

    /// <summary>An id starting with <c>flow:</c>: the bot starts that walkthrough.</summary>
    Flow,

    /// <summary>The id <c>escalate</c>: the merchant asks for a human.</summary>
    Escalate,

    /// <summary>
    /// The id <c>out-of-scope</c>: examples of questions the FAQ does not cover (a "None intent").
    /// When it matches best, the decision is fallback.
    /// </summary>
    OutOfScope,
}
