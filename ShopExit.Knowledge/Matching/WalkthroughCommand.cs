namespace ShopExit.Knowledge.Matching;

/// <summary>What a merchant can say anywhere in a walkthrough.</summary>
public enum WalkthroughCommand
{
    /// <summary>Not a command.</summary>
    None,

    /// <summary>取消, 退出.</summary>
    Cancel,

    /// <summary>重新开始.</summary>
    Restart,

    /// <summary>上一步.</summary>
    Back,

    /// <summary>暂停, 稍后再说.</summary>
    Pause,

    /// <summary>继续 (outside a walkthrough: resume the paused one).</summary>
    Resume,

    /// <summary>换平台: ask the platform again.</summary>
    ChangePlatform,
}
