using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Handoff;
using ShopExit.Bot.Hosting;

namespace ShopExit.Bot.Tests.Handoff;

public class WireNameTests
{
    [Theory]
    [InlineData(HandoffStatus.Waiting, "waiting")]
    [InlineData(HandoffStatus.Active, "active")]
    [InlineData(HandoffStatus.Resolved, "resolved")]
    [InlineData(HandoffStatus.Cancelled, "cancelled")]
    public void HandoffStatus_WireName_IsTheLowercaseStringOfBefore(HandoffStatus status, string wire)
    {
        Assert.Equal(wire, WireEnum.Name(status));
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(status, ActivityJson.Options));
        // Without the app's options too: SignalR, stored JSON and tests serialize with their own.
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(status));
        Assert.Equal(status, JsonSerializer.Deserialize<HandoffStatus>($"\"{wire}\""));
    }

    [Theory]
    [InlineData(HandoffKind.Live, "live")]
    [InlineData(HandoffKind.Ticket, "ticket")]
    public void HandoffKind_WireName_IsTheLowercaseStringOfBefore(HandoffKind kind, string wire)
    {
        Assert.Equal(wire, WireEnum.Name(kind));
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(kind));
    }

    [Theory]
    [InlineData(AgentPresence.Online, "online")]
    [InlineData(AgentPresence.Away, "away")]
    [InlineData(AgentPresence.Offline, "offline")]
    public void AgentPresence_WireName_IsTheLowercaseStringOfBefore(AgentPresence presence, string wire)
    {
        Assert.Equal(wire, WireEnum.Name(presence));
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(presence));
    }

    [Fact]
    public void Record_Serialized_CarriesTheWireNames()
    {
        var handoff = new HandoffRecord
        {
            Id = "h1",
            ConversationId = "c1",
            Kind = HandoffKind.Ticket,
            Reason = "requested",
            Status = HandoffStatus.Active,
            WaitingSince = DateTimeOffset.UnixEpoch,
            Context = new HandoffContext("requested", null, null, [], null, null, null),
        };

        var json = JsonSerializer.SerializeToElement(handoff, ActivityJson.Options);

        Assert.Equal("ticket", json.GetProperty("kind").GetString());
        Assert.Equal("active", json.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Waiting")]
    [InlineData("WAITING")]
    [InlineData("0")]
    [InlineData("bogus")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingButTheExactName_IsRefused(string? text)
    {
        Assert.False(WireEnum.TryParse<HandoffStatus>(text, out _));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"busy\"")]
    [InlineData("\"\"")]
    public void Deserialize_NumberOrUnknownName_Throws(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AgentPresence>(json));
    }

    [Fact]
    public void Names_AreInDeclarationOrder()
    {
        Assert.Equal(["waiting", "active", "resolved", "cancelled"], WireEnum.Names<HandoffStatus>());
    }
}
