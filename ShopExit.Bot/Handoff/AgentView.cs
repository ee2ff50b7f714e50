using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// An activity as agents see it: its text with PII masked (an agent reveals a value on purpose,
/// and the reveal is logged), and a role that tells merchant, bot and agent apart.
/// </summary>
public static class AgentView
{
    /// <summary>The id prefix of agents in a conversation (<c>agent:alice</c>).</summary>
    public const string AgentIdPrefix = "agent:";

    /// <summary>The agent's view of one activity.</summary>
    public static async Task<object> OfAsync(Activity activity, ITextAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var text = activity.Text ?? string.Empty;
        var pii = activity.From?.Role == RoleTypes.User && text.Length > 0 ? (await analyzer.AnalyzeAsync(text, cancellationToken)).Pii : [];
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
