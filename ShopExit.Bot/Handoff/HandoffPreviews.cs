using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff.Contracts;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// What a queue card shows of the merchant: the latest message that says something (not a button
/// click, not a bare 要 or 好的, not just 转人工), masked like the transcript and cut short, so an agent can choose whom
/// to take without opening each conversation.
/// </summary>
public sealed class HandoffPreviews(IConversationStore conversations)
{
    /// <summary>A preview is cut to this many characters.</summary>
    public const int MaxLength = 120;

    // How far back a conversation is read for its preview.
    private const int Recent = 30;

    /// <summary>The handoffs, each with its merchant's latest message.</summary>
    public async Task<IReadOnlyList<HandoffRecord>> WithLastMessagesAsync(IReadOnlyList<HandoffRecord> handoffs, CancellationToken cancellationToken)
    {
        var previewed = new List<HandoffRecord>(handoffs.Count);
        foreach (var handoff in handoffs)
        {
            var recent = await conversations.GetLatestActivitiesAsync(handoff.ConversationId, Recent, cancellationToken);
            var last = recent.LastOrDefault(a => SaysSomething(a.Activity));
            previewed.Add(last is null ? handoff : handoff with { LastMessage = Of(last.Activity, last.Analysis) });
        }

        return previewed;
    }

    /// <summary>The preview of one message: masked, then cut.</summary>
    public static AgentActivity Of(Activity activity, TextAnalysis? analysis)
    {
        var view = AgentView.Of(activity, analysis);
        return view.Text.Length > MaxLength ? view with { Text = view.Text[..MaxLength] + "…" } : view;
    }

    /// <summary>Whether a message is worth a preview: the merchant's own words, more than 要 or a request for a human.</summary>
    public static bool SaysSomething(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || activity.From?.Role != RoleTypes.User || activity.Value is not null || string.IsNullOrWhiteSpace(activity.Text)
            || ReplyLexicon.IsContentFree(activity.Text))
        {
            return false;
        }

        return !HumanRequestDetector.IsOnlyRequest(activity.Text, TextNormalizer.Normalize(activity.Text));
    }
}
