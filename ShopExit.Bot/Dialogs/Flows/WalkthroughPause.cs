using System.Text.Json;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>
/// Saves a walkthrough for later (暂停, 稍后再来, too many misses): a copy of it goes into the
/// conversation's paused slot, exactly as it is, and 继续 or its name puts it back days later.
/// </summary>
public static class WalkthroughPause
{
    /// <summary>Saves the walkthrough that owns <paramref name="innerDc"/>, says so with 继续办理 and 转人工, and ends it.</summary>
    public static async Task<DialogTurnResult> PauseAsync(DialogContext innerDc, string textKey, string flowName, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        Save(innerDc);
        var resume = turn.Texts.Button(TextKeys.ResumeButton, ButtonValues.Command(nameof(WalkthroughCommand.Resume)));
        await turn.SendTextAsync(turn.Texts.Get(textKey, ("flow", flowName)), [resume, MenuButtons.Human(turn)], cancellationToken);
        innerDc.Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }

    /// <summary>Copies the walkthrough that owns <paramref name="innerDc"/> into the paused slot.</summary>
    public static void Save(DialogContext innerDc)
    {
        var self = innerDc.Parent!.ActiveDialog!;
        innerDc.Context.Data.PausedWalkthrough = JsonSerializer.Deserialize<DialogInstance>(JsonSerializer.SerializeToUtf8Bytes(self));
    }
}
