using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// How a walkthrough asks and records: the platform question, a done / not-yet question, a yes/no
/// question, each named by its text key (stories and agents see the name), with buttons whose
/// values do not depend on the language, its buttons' titles recognised in both languages, and
/// the hints for replies it does not understand (<see cref="PromptHints"/>); and the answers kept
/// in the step values, and the summary built from them.
/// </summary>
public static class WalkthroughQuestions
{
    /// <summary>Asks which platform the shop is on, unless it is known; the next step gets a <see cref="Platform"/>.</summary>
    public static Task<DialogTurnResult> AskPlatformAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (turn.Data.Platform is { } known)
        {
            return step.NextAsync(known, cancellationToken);
        }

        var choices = Enum.GetValues<Platform>().Where(p => p != Platform.Generic).Append(Platform.Generic)
            .Select(p => PlatformChoice(turn, p))
            .ToList();
        return step.PromptAsync(DialogIds.Choice, new PromptOptions
        {
            Name = TextKeys.AskPlatform,
            Prompt = Message(turn.Texts.Get(TextKeys.AskPlatform)),
            Hints = PromptHints.For(turn, choices.ConvertAll(c => c.Display), canPause: true),
            Choices = choices,
        }, cancellationToken);
    }

    /// <summary>Stores the platform answered in the previous step.</summary>
    public static void RememberPlatform(WaterfallStepContext step)
    {
        if (step.Result is FoundChoice found && Enum.TryParse<Platform>(found.Value, out var platform))
        {
            step.Context.Data.Platform = platform;
        }
        else if (step.Result is Platform known)
        {
            step.Context.Data.Platform = known;
        }
    }

    /// <summary>Asks a done / not-yet question (buttons 已完成 / 还没有, or <paramref name="yesKey"/> / 还没有), named by its text key.</summary>
    public static Task<DialogTurnResult> AskDoneAsync(WaterfallStepContext step, string textKey, CancellationToken cancellationToken, string? yesKey = null)
    {
        var texts = step.Context.Texts;
        List<Choice> choices =
        [
            new("yes", texts.AllVariants(yesKey ?? TextKeys.DoneButton), texts.Get(yesKey ?? TextKeys.DoneButton)),
            new("no", texts.AllVariants(TextKeys.NotYetButton), texts.Get(TextKeys.NotYetButton)),
        ];
        return step.PromptAsync(DialogIds.Confirm, new PromptOptions
        {
            Name = textKey,
            Prompt = Message(texts.Get(textKey)),
            Hints = PromptHints.For(step.Context, choices.ConvertAll(c => c.Display), canPause: true),
            Choices = choices,
        }, cancellationToken);
    }

    /// <summary>Asks a yes/no question (buttons 是 / 否), named by its text key.</summary>
    public static Task<DialogTurnResult> AskYesNoAsync(WaterfallStepContext step, string textKey, CancellationToken cancellationToken)
    {
        var options = new PromptOptions { Name = textKey, Prompt = Message(step.Context.Texts.Get(textKey)) };
        options.Hints = PromptHints.For(step.Context, ConfirmPrompt.Titles(options, step.Context), canPause: true);
        return step.PromptAsync(DialogIds.Confirm, options, cancellationToken);
    }

    /// <summary>A plain message activity.</summary>
    public static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>Records a yes/no answer in the step values under <paramref name="key"/> (when there is one).</summary>
    public static bool? Record(WaterfallStepContext step, string key)
    {
        if (step.Result is bool answer)
        {
            step.Values[key] = answer;
            return answer;
        }

        return null;
    }

    /// <summary>A done/todo summary of the given items.</summary>
    public static string Summary(TurnContext turn, string summaryKey, IEnumerable<(string ItemKey, bool Done)> items)
    {
        var list = items.ToList();
        string Lines(bool done) => list.Where(i => i.Done == done) is var chosen && chosen.Any()
            ? string.Join("\n", chosen.Select(i => turn.Texts.Get(done ? TextKeys.SummaryDone : TextKeys.SummaryTodo, ("item", turn.Texts.Get(i.ItemKey)))))
            : "—";
        return turn.Texts.Get(summaryKey, ("done", Lines(true)), ("todo", Lines(false)));
    }

    /// <summary>Whether a stored yes/no value is true.</summary>
    public static bool IsDone(WaterfallStepContext step, string key) => step.Values[key]?.GetValue<bool>() == true;

    // A platform's button: its title in the merchant's language; the names merchants use and its title in both languages pick it.
    private static Choice PlatformChoice(TurnContext turn, Platform platform)
    {
        var key = TextKeys.PlatformPrefix + platform.ToString().ToLowerInvariant();
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
