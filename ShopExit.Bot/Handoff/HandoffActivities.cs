using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>The activities the desk writes into a merchant's conversation.</summary>
public static class HandoffActivities
{
    /// <summary>How an agent appears in the merchant's chat: on the bot's side, by name.</summary>
    public static ChannelAccount AgentAccountOf(AgentAccount agent) => new(AgentView.AgentIdPrefix + agent.Username, agent.DisplayName, RoleTypes.Bot);

    /// <summary>A <c>handoff.status</c> event from an agent (accepted, transferred, completed): it gets a bot turn of its own.</summary>
    public static Activity StatusEvent(AgentAccount agent, string state) => new()
    {
        Type = ActivityTypes.Event,
        Name = TurnActivities.HandoffStatus,
        From = AgentAccountOf(agent),
        Value = JsonSerializer.SerializeToElement(new { state, agent = agent.DisplayName }, ActivityJson.Options),
    };

    /// <summary>A notice from the bot that needs no turn (a queue position).</summary>
    public static Activity BotMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = Accounts.Bot,
        InputHint = InputHints.AcceptingInput,
    };

    /// <summary>
    /// The <c>handoff.initiate</c> event: the context as its value, and the transcript as an
    /// attachment by reference (where the agent API serves it, and the watermark it reached), so
    /// the database grows by what was said, not by a copy of it per handoff.
    /// </summary>
    public static Activity Initiate(HandoffRecord handoff, long throughSequence) => new()
    {
        Type = ActivityTypes.Event,
        Name = TurnActivities.HandoffInitiate,
        Value = JsonSerializer.SerializeToElement(handoff.Context, ActivityJson.Options),
        Attachments =
        [
            new Attachment
            {
                ContentType = "application/json",
                Name = "Transcript",
                ContentUrl = $"/api/agent/handoffs/{handoff.Id}/transcript",
                Content = JsonSerializer.SerializeToElement(new { through = throughSequence }, ActivityJson.Options),
            },
        ],
    };
}
