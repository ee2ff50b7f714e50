using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff.Contracts;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// An activity as agents see it: its text with PII masked (an agent reveals a value on purpose,
/// and the reveal is logged), and a role that tells merchant, bot and agent apart. The PII spans
/// come from the analysis stored with the activity by its turn; only a message whose turn has not
/// run yet is scanned here, locally (linear, no remote call).
/// </summary>
public static class AgentView
{
    /// <summary>The id prefix of agents in a conversation (<c>agent:alice</c>).</summary>
    public const string AgentIdPrefix = "agent:";

    /// <summary>The agent's view of a stored activity.</summary>
    public static AgentActivity Of(StoredActivity stored) => Of(stored.Activity, stored.Analysis);

    /// <summary>The agent's view of one activity, with the analysis its turn made (if any).</summary>
    public static AgentActivity Of(Activity activity, TextAnalysis? analysis)
    {
        var text = activity.Text ?? string.Empty;
        var pii = activity.From?.Role == RoleTypes.User && text.Length > 0 ? analysis?.Pii ?? PiiDetector.Find(text) : [];
        var role = activity.From?.Id?.StartsWith(AgentIdPrefix, StringComparison.Ordinal) == true ? "agent" : activity.From?.Role ?? "bot";
        return new AgentActivity(
            activity.Id,
            activity.Type,
            activity.Timestamp,
            new AgentActivitySender(activity.From?.Id, activity.From?.Name, role),
            pii.Count > 0 ? PiiMasker.Mask(text, pii) : text,
            [.. pii.Select(p => new MaskedPii(p.Category.ToString(), PiiMasker.Mask(text.Substring(p.Offset, p.Length), [new PiiEntity(p.Category, 0, p.Length)]), DeskLabelCatalog.Pii(p.Category)))]);
    }
}
