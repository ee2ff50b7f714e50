using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// Reads a stored walkthrough snapshot in either layout: this one, or the one handoffs were stored
/// with before walkthroughs were content (<c>step</c> a 0-based number, <c>answers</c> an object of
/// JSON values by key). A queue with an older handoff in it must still list, not fail.
/// </summary>
public sealed class WalkthroughSnapshotJson : JsonConverter<WalkthroughSnapshot>
{
    /// <inheritdoc />
    public override WalkthroughSnapshot? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var flow = Text(root, "flow") ?? string.Empty;
        if (Property(root, "answers") is { ValueKind: JsonValueKind.Object } earlier)
        {
            var index = Property(root, "step") is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var i) ? i : 0;
            var answers = earlier.EnumerateObject()
                .Select(a => new WalkthroughAnswer(a.Name, a.Name, a.Value.ValueKind == JsonValueKind.String ? a.Value.GetString()! : a.Value.GetRawText(), "done"))
                .ToList();
            return new WalkthroughSnapshot(flow, flow, index.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty, index + 1, 0, false, null, answers);
        }

        return root.Deserialize<Stored>(options) is { } stored
            ? new WalkthroughSnapshot(flow, stored.Name ?? flow, stored.Step ?? string.Empty, stored.StepLabel ?? string.Empty, stored.StepNumber, stored.StepCount, stored.Blocked, stored.Branch, stored.Answers ?? [])
            : null;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WalkthroughSnapshot value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Stored(value.Flow, value.Name, value.Step, value.StepLabel, value.StepNumber, value.StepCount, value.Blocked, value.Branch, value.Answers), options);

    private static JsonElement? Property(JsonElement root, string name) =>
        root.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault();

    private static string? Text(JsonElement root, string name) =>
        Property(root, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    // The layout on the wire and in the store (the snapshot itself would recurse into this converter).
    private sealed record Stored(string? Flow, string? Name, string? Step, string? StepLabel, int StepNumber, int StepCount, bool Blocked, string? Branch, IReadOnlyList<WalkthroughAnswer>? Answers);
}
