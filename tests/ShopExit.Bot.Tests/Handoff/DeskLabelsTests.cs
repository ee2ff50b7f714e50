using System.Text.Json;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Tests.Support;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Tests.Handoff;

/// <summary>The console's names for the server's codes come from GET /api/agent/labels, one for every code.</summary>
public class DeskLabelsTests : HandoffTestBase
{
    [Fact]
    public async Task Labels_NameEveryCodeTheApiSends_InChinese()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");

        var labels = await alice.GetJsonAsync("/api/agent/labels");

        AssertNames(labels.GetProperty("reasons"), Enum.GetValues<EscalationReason>().Select(r => JsonNamingPolicy.CamelCase.ConvertName(r.ToString())));
        AssertNames(labels.GetProperty("statuses"), Enum.GetValues<HandoffStatus>().Select(s => WireEnum.Name(s)));
        AssertNames(labels.GetProperty("kinds"), Enum.GetValues<HandoffKind>().Select(k => WireEnum.Name(k)));
        AssertNames(labels.GetProperty("presence"), Enum.GetValues<AgentPresence>().Select(p => WireEnum.Name(p)));
        AssertNames(labels.GetProperty("platforms"), Enum.GetValues<Platform>().Select(p => p.ToString().ToLowerInvariant()));
        AssertNames(labels.GetProperty("pii"), Enum.GetNames<PiiCategory>());
        Assert.Equal("抖音小店", labels.GetProperty("platforms").GetProperty("douyin").GetString());
        Assert.Equal("身份证号", labels.GetProperty("pii").GetProperty("IdCardNumber").GetString());
    }

    [Fact]
    public async Task Transcript_EachMaskedValueCarriesItsLabel()
    {
        var alice = await AgentClient.CreateAsync(Bot, "alice");
        var merchant = await DirectLineClient.StartAsync(Bot);
        await SayAsync(merchant, "转人工");
        await SayAsync(merchant, "订单号6222021234567890128是我的银行卡");
        var id = Assert.Single(await alice.HandoffsAsync()).GetProperty("id").GetString();

        var transcript = await alice.GetJsonAsync($"/api/agent/handoffs/{id}/transcript");

        var pii = transcript.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("pii").GetArrayLength() > 0).GetProperty("pii")[0];
        Assert.Equal(("BankCardNumber", "银行卡号"), (pii.GetProperty("category").GetString(), pii.GetProperty("label").GetString()));
    }

    private static void AssertNames(JsonElement table, IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            Assert.True(table.TryGetProperty(code, out var label), $"no label for {code}");
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", label.GetString());
        }
    }
}
