using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;

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
    public static object Of(StoredActivity stored) => Of(stored.Activity, stored.Analysis);

    /// <summary>The agent's view of one activity, with the analysis its turn made (if any).</summary>
    public static object Of(Activity activity, TextAnalysis? analysis)
    {
        var text = activity.Text ?? string.Empty;
        var pii = activity.From?.Role == RoleTypes.User && text.Length > 0 ? analysis?.Pii ?? PiiDetector.Find(text) : [];
        var role = activity.From?.Id?.StartsWith(AgentIdPrefix, StringComparison.Ordinal) == true ? "agent" : activity.From?.Role ?? "bot";
        return new
        {
            id = activity.Id,
            type = activity.Type,
            timestamp = activity.Timestamp,
            from = new { id = activity.From?.Id, name = activity.From?.Name, role },
            text = pii.Count > 0 ? PiiMasker.Mask(text, pii) : text,
            pii = pii.Select(p => new { category = p.Category.ToString(), masked = PiiMasker.Mask(text.Substring(p.Offset, p.Length), [new PiiEntity(p.Category, 0, p.Length)]) }),
        };
    }
}
