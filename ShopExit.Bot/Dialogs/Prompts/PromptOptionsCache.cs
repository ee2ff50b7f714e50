using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>
/// The options of waiting prompts, read from their state once. A conversation's state stays in
/// memory from one turn to the next (see <c>TurnRunner</c>), so the same JSON node comes back turn
/// after turn; reading it again cost about 4% of a turn's CPU. Keyed by the node itself: a prompt
/// begun again stores a new node, and a node no state holds any more takes its entry with it.
/// </summary>
internal static class PromptOptionsCache
{
    private static readonly ConditionalWeakTable<JsonNode, PromptOptions> Read = [];

    /// <summary>The options stored in <paramref name="node"/>; callers must not change them (nothing does: prompts send clones).</summary>
    public static PromptOptions Of(JsonNode? node) =>
        node is null ? new PromptOptions() : Read.GetValue(node, static n => n.Deserialize<PromptOptions>(ActivityJson.Options) ?? new PromptOptions());
}
