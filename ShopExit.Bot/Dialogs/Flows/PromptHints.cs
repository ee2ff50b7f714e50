using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// What a walkthrough says after replies its question did not understand: first a short hint
/// naming the replies it understands (请直接点「已完成」或「还没有」), then the same with a human
/// offered, then a way out (暂停 or a human). The question itself is never repeated unchanged;
/// a fourth miss pauses the walkthrough (<see cref="WalkthroughDialog"/>).
/// </summary>
public static class PromptHints
{
    /// <summary>The hints for a question whose buttons are <paramref name="titles"/>; the prompt adds its own buttons before the ones here.</summary>
    public static List<Activity> For(TurnContext turn, IReadOnlyList<string> titles, bool canPause)
    {
        var options = Options(turn, titles);
        var human = MenuButtons.Human(turn);
        var pause = turn.Texts.Button(TextKeys.PauseButton, ButtonValues.Command(nameof(WalkthroughCommand.Pause)));
        return
        [
            Message(turn.Texts.Get(TextKeys.PromptHint, ("options", options))),
            Message(turn.Texts.Get(TextKeys.PromptHintHuman, ("options", options)), human),
            canPause ? Message(turn.Texts.Get(TextKeys.PromptStuck, ("options", options)), pause, human) : Message(turn.Texts.Get(TextKeys.PromptHintHuman, ("options", options)), human),
        ];
    }

    /// <summary>「已完成」或「还没有」 / "Done" or "Not yet".</summary>
    public static string Options(TurnContext turn, IReadOnlyList<string> titles)
    {
        if (titles.Count == 0)
        {
            return string.Empty;
        }

        var quoted = titles.Select(t => turn.IsEnglish ? $"\"{t}\"" : $"「{t}」").ToList();
        var or = turn.IsEnglish ? " or " : "或";
        var comma = turn.IsEnglish ? ", " : string.Empty;
        return quoted.Count == 1 ? quoted[0] : string.Join(comma, quoted.Take(quoted.Count - 1)) + or + quoted[^1];
    }

    private static Activity Message(string text, params Button[] extra)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text };
        if (extra.Length > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = extra.Select(b => CardAction.MessageBack(b.Title, b.Value)).ToList() };
        }

        return activity;
    }
}
