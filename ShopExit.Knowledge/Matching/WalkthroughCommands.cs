
namespace ShopExit.Knowledge.Matching;

/// <summary>
/// Recognises walkthrough commands. Only whole, short replies count ("取消" is a command;
/// "取消订单怎么处理" is a question), so a question is never swallowed by a command.
/// </summary>
public static class WalkthroughCommands
{
    private static readonly Dictionary<string, WalkthroughCommand> Phrases = Build();

    /// <summary>The command a reply is, or <see cref="WalkthroughCommand.None"/>.</summary>
    public static WalkthroughCommand Recognize(string? text) =>
        Phrases.GetValueOrDefault(Key(text), WalkthroughCommand.None);

    private static string Key(string? text) => TextNormalizer.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static Dictionary<string, WalkthroughCommand> Build()
    {
        var phrases = new Dictionary<string, WalkthroughCommand>(StringComparer.Ordinal);
        void Add(WalkthroughCommand command, params string[] words)
        {
            foreach (var word in words)
            {
                phrases[Key(word)] = command;
            }
        }

        Add(WalkthroughCommand.Cancel, "取消", "退出", "不办了", "不弄了", "算了", "结束", "取消办理", "退出办理", "算了吧",
            "不留了", "不留言了", "算了不留了", "不想留言了", "不想留了", "cancel", "quit", "exit", "stop", "never mind", "nevermind", "forget it");
        Add(WalkthroughCommand.Restart, "重新开始", "从头开始", "重来", "重新来", "restart", "start over", "start again");
        Add(WalkthroughCommand.Back, "上一步", "返回上一步", "回到上一步", "返回", "后退", "back", "go back", "previous step", "previous");
        Add(WalkthroughCommand.Pause, "暂停", "先暂停", "稍后再说", "等会再说", "晚点再说", "回头再说", "先这样", "pause", "later", "not now");
        Add(WalkthroughCommand.Resume, "继续", "继续办理", "接着办", "接着办理", "continue", "resume");
        Add(WalkthroughCommand.ChangePlatform, "换平台", "换个平台", "更换平台", "改平台", "平台选错了", "选错平台了", "不是这个平台", "change platform", "switch platform", "wrong platform");
        return phrases;
    }
}
