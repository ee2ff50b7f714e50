using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Dialogs.Prompts;

/// <summary>
/// How a prompt keeps its options in its dialog state without converting them on every turn
/// (reading them back from JSON twice a turn cost about 4% of a turn's CPU, and writing them to a
/// JSON tree at every question another 1.5%). A prompt begun in this process holds its options
/// object itself, wrapped as a JSON value that is written out only when the state is saved, as Bot
/// Builder keeps them; a state read from the store holds JSON, read once and then kept by its node
/// (the state stays in memory from one turn to the next, see <c>TurnRunner</c>).
/// </summary>
internal static class PromptOptionsState
{
    private static readonly JsonTypeInfo<PromptOptions> TypeInfo = (JsonTypeInfo<PromptOptions>)ActivityJson.Options.GetTypeInfo(typeof(PromptOptions));
    private static readonly ConditionalWeakTable<JsonNode, PromptOptions> Read = [];

    /// <summary>The node a prompt stores: its options as they are. The prompt owns them from here on.</summary>
    public static JsonNode Store(PromptOptions options) => JsonValue.Create(options, TypeInfo)!;

    /// <summary>The options stored in <paramref name="node"/>; callers must not change them (nothing does: prompts send clones).</summary>
    public static PromptOptions Of(JsonNode? node) => node switch
    {
        null => new PromptOptions(),
        JsonValue value when value.TryGetValue(out PromptOptions? options) => options,
        _ => Read.GetValue(node, static n => n.Deserialize(TypeInfo) ?? new PromptOptions()),
    };
}
