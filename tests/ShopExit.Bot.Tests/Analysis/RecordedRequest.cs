using System.Text.Json;

namespace ShopExit.Bot.Tests.Analysis;

/// <summary>One request the stub language service received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, string? Key, JsonElement Body)
{
    public string Kind => Body.GetProperty("kind").GetString()!;

    public JsonElement Document => Body.GetProperty("analysisInput").GetProperty("documents")[0];
}
