using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs;
using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Dialogs.Prompts;

namespace ShopExit.Bot.ConversationTests;

/// <summary>What one turn of a story did: the replies, the effects, and the conversation before and after.</summary>
/// <param name="Replies">The bot's replies.</param>
/// <param name="Effects">What the turn asked for once committed (a handoff, a rating).</param>
/// <param name="Before">The conversation's data before the turn.</param>
/// <param name="After">And after it.</param>
public sealed record TurnObservation(IReadOnlyList<Activity> Replies, IReadOnlyList<object> Effects, ConversationData Before, ConversationData After)
{
    /// <summary>The dialog waiting for the merchant (a walkthrough, the ticket), or null for the main router.</summary>
    public static string? ActiveDialog(ConversationData data) =>
        data.DialogStack.FirstOrDefault() is { } top && top.Id != DialogIds.Main ? top.Id : null;

    /// <summary>The name of the question waiting for an answer (a walkthrough step's text key), or null.</summary>
    public static string? WaitingStep(ConversationData data)
    {
        var instance = data.DialogStack.FirstOrDefault();
        while (instance?.InnerStack is { Count: > 0 } inner)
        {
            instance = inner[0];
        }

        return instance is not null && instance.State.ContainsKey("options") ? Prompt<object>.OptionsOf(instance).Name : null;
    }

    /// <summary>The answers a walkthrough has recorded so far (a content walkthrough's by step id, a waterfall's values).</summary>
    public static IReadOnlyDictionary<string, string> Recorded(ConversationData data)
    {
        var stack = data.DialogStack;
        foreach (var _ in Enumerable.Range(0, 8))
        {
            if (stack.FirstOrDefault(i => i.Id == DialogIds.FlowSteps) is { } flowSteps && FlowProgress.Of(flowSteps) is { } progress)
            {
                return progress.Answers;
            }

            if (stack.FirstOrDefault(i => i.Id == DialogIds.Steps) is { } steps)
            {
                return WaterfallDialog.ValuesOf(steps).ToDictionary(v => v.Key, v => v.Value?.ToJsonString().Trim('"') ?? "null", StringComparer.Ordinal);
            }

            if (stack.FirstOrDefault()?.InnerStack is not { } inner)
            {
                break;
            }

            stack = inner;
        }

        return new Dictionary<string, string>();
    }

    /// <summary>The buttons under the last reply that has any.</summary>
    public IReadOnlyList<CardAction> LastButtons =>
        Replies.LastOrDefault(r => r.SuggestedActions is { Actions.Count: > 0 })?.SuggestedActions!.Actions ?? [];

    /// <summary>The replies' texts.</summary>
    public IEnumerable<string> Texts => Replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text ?? string.Empty);
}
