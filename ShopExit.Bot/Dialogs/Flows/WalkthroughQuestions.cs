using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>What walkthroughs ask with: plain messages, and the platform question's buttons.</summary>
public static class WalkthroughQuestions
{
    /// <summary>A plain message activity.</summary>
    public static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>
    /// The platform buttons (其他平台 last): titled in the merchant's language, picked by their
    /// titles in both languages and by the names merchants use (抖店, pdd).
    /// </summary>
    public static List<Choice> PlatformChoices(TurnContext turn) =>
        Enum.GetValues<Platform>().Where(p => p != Platform.Generic).Append(Platform.Generic)
            .Select(p => PlatformChoice(turn, p))
            .ToList();

    private static Choice PlatformChoice(TurnContext turn, Platform platform)
    {
        var key = TextKeys.PlatformName(platform);
        string[] names = platform switch
        {
            Platform.Douyin => ["抖音", "抖店", "抖音小店", "douyin", "tiktok", "dy"],
            Platform.Kuaishou => ["快手", "快手小店", "kuaishou", "ks"],
            Platform.Taobao => ["淘宝", "天猫", "taobao", "tmall"],
            Platform.Pinduoduo => ["拼多多", "拼夕夕", "pdd", "pinduoduo"],
            _ => ["其他", "别的", "其它", "其他的", "别的平台", "other", "others", "other platform", "generic"],
        };
        return new Choice(platform.ToString(), [.. names, .. turn.Texts.AllVariants(key)], turn.Texts.Get(key));
    }
}
