using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;
using ShopExit.Knowledge.Flows;
using static ShopExit.Bot.Dialogs.Flows.WalkthroughQuestions;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// The questions a content walkthrough asks, as prompt options: a step (its buttons recognised by
/// their titles in both languages and their <c>also</c> words), a blocker, the platform, a platform
/// change and a switch to another walkthrough. Each is named (the step's id, <c>balance.blocked</c>,
/// <c>platform.change</c>, <c>flow.switch</c>) for stories and agents.
/// </summary>
public static class FlowQuestions
{
    /// <summary>The name of the question whether to switch to another walkthrough.</summary>
    public const string SwitchName = "flow.switch";

    /// <summary>The name of the platform-change confirmation.</summary>
    public const string PlatformChangeName = "platform.change";

    private const string BlockedSuffix = ".blocked";

    /// <summary>A step's question with its buttons and hints.</summary>
    public static PromptOptions Step(TurnContext turn, FlowStep step)
    {
        var choices = step.Buttons.Select(b => new Choice(b.Value, [.. turn.Texts.AllVariants(b.Title), .. b.Also], turn.Texts.Say(b.Title))).ToList();
        var options = new PromptOptions
        {
            Name = step.Id,
            Prompt = Message(turn.Texts.Say(step.Ask)),
            Choices = choices.Count > 0 ? choices : null,
            // 是 / 否 asks about a state (被封禁了吗？); 已完成 / 还没有 asks whether something is done.
            AsksAboutAState = step.Buttons.FirstOrDefault(b => b.Value == "yes") is not { } yes || yes.Title.Zh == "是",
        };
        options.Hints = PromptHints.For(turn, step.Kind == FlowStepKind.Confirm ? ConfirmPrompt.Titles(options, turn) : choices.ConvertAll(c => c.Display), canPause: true);
        return options;
    }

    /// <summary>The blocker's text with 已处理好，继续 / 稍后再来; the step's own yes (已完成, 已提交, 提现好了) also means resolved.</summary>
    public static PromptOptions Blocker(TurnContext turn, FlowStep step, string blocker)
    {
        var texts = turn.Texts;
        var yesTitles = step.Buttons.Where(b => b.Value == "yes").SelectMany(b => texts.AllVariants(b.Title).Concat(b.Also));
        List<Choice> choices =
        [
            new("yes", [.. texts.AllVariants(TextKeys.BlockerResolvedButton), .. yesTitles], texts.Get(TextKeys.BlockerResolvedButton)),
            new("no", texts.AllVariants(TextKeys.BlockerLaterButton), texts.Get(TextKeys.BlockerLaterButton)),
        ];
        return new PromptOptions
        {
            Name = step.Id + BlockedSuffix,
            Prompt = Message(blocker + "\n\n" + texts.Get(TextKeys.BlockerAsk)),
            Choices = choices,
            Hints = PromptHints.For(turn, choices.ConvertAll(c => c.Display), canPause: false),
        };
    }

    /// <summary>Which platform the shop is on.</summary>
    public static PromptOptions Platform(TurnContext turn)
    {
        var choices = PlatformChoices(turn);
        return new PromptOptions
        {
            Name = TextKeys.AskPlatform,
            Prompt = Message(turn.Texts.Get(TextKeys.AskPlatform)),
            Hints = PromptHints.For(turn, choices.ConvertAll(c => c.Display), canPause: true),
            Choices = choices,
        };
    }

    /// <summary>要把店铺平台改为{platform}吗？ with 是 / 否.</summary>
    public static PromptOptions PlatformChange(TurnContext turn, Platform platform)
    {
        var options = new PromptOptions
        {
            Name = PlatformChangeName,
            Prompt = Message(turn.Texts.Get(TextKeys.PlatformChangeAsk, ("platform", PlatformName(turn, platform)))),
        };
        options.Hints = PromptHints.For(turn, ConfirmPrompt.Titles(options, turn), canPause: false);
        return options;
    }

    /// <summary>要先去办理{other}吗？ with 先办理{other} / 继续{current}.</summary>
    public static PromptOptions Switch(TurnContext turn, string current, string other)
    {
        (string, string)[] names = [("current", current), ("other", other)];
        var go = turn.Texts.Get(TextKeys.SwitchGoButton, names);
        var stay = turn.Texts.Get(TextKeys.SwitchStayButton, names);
        return new PromptOptions
        {
            Name = SwitchName,
            Prompt = Message(turn.Texts.Get(TextKeys.SwitchAsk, names)),
            Choices = [new("yes", [go], go), new("no", [stay], stay)],
            Hints = PromptHints.For(turn, [go, stay], canPause: false),
        };
    }

    /// <summary>The platform's name in the merchant's language (快手小店).</summary>
    public static string PlatformName(TurnContext turn, Platform platform) =>
        turn.Texts.Get(TextKeys.PlatformName(platform));
}
