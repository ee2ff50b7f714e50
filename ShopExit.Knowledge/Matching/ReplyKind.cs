namespace ShopExit.Knowledge.Matching;

/// <summary>What a reply says when it says nothing about a topic (<see cref="ReplyLexicon"/>).</summary>
public enum ReplyKind
{
    /// <summary>The reply has content of its own (a question, a topic, a name).</summary>
    None,

    /// <summary>Yes, done, right (是的, 好了, 弄好了, done, yep).</summary>
    Yes,

    /// <summary>No, not yet (没有, 还没弄, not yet, nope).</summary>
    No,

    /// <summary>Does not know, or asks back without a topic (不知道, 不清楚, 啥, what?).</summary>
    Unsure,

    /// <summary>Only acknowledgement, filler, laughter or digits (哦, 收到, 哈哈, 666, got it).</summary>
    Filler,
}
