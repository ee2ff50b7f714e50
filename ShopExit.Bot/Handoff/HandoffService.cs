using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// The handoff desk. It takes part in every turn (is a human available? how does the merchant
/// sound?), carries out the handoff effects once a turn commits (queue, ticket, cancel, rating),
/// relays merchant messages to agents, and performs the agents' actions. Every change of the
/// conversation's mode happens in a bot turn, started by a <c>handoff.status</c> event in the
/// transcript, so the state and the transcript never disagree.
/// </summary>
public sealed class HandoffService(
    IHandoffStore handoffs,
    IAgentStore agents,
    IConversationStore conversations,
    ConversationService conversationService,
    FaqKnowledge knowledge,
    ITextAnalyzer analyzer,
    IHubContext<AgentHub> hub,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffService> logger) : ITurnObserver
{
    // Queue positions worth telling a waiting merchant about.
    private static readonly int[] PositionsToAnnounce = [1, 2, 3, 5, 10, 20];
    private readonly BusinessHours _hours = new(options.Value);

    // Every turn asks whether a human is available; the answer may be a second old.
    private static readonly TimeSpan AvailabilityCacheTime = TimeSpan.FromSeconds(1);
    private Availability? _availability;

    // The place each waiting merchant was last told, so a place is never announced twice.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _announced = new(StringComparer.Ordinal);

    /// <summary>Whether a human can take a conversation now: within business hours and an agent online.</summary>
    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Volatile.Read(ref _availability) is { } cached && now - cached.At < AvailabilityCacheTime && now >= cached.At)
        {
            return cached.Available;
        }

        var available = _hours.IsOpen(now) && (await agents.ListAsync(cancellationToken)).Any(a => IsOnline(a, now));
        Volatile.Write(ref _availability, new Availability(now, available));
        return available;
    }

    /// <inheritdoc />
    public async Task BeforeTurnAsync(string conversationId, TurnContext turn, CancellationToken cancellationToken)
    {
        var analysis = turn.Activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(turn.Activity.Text)
            ? await analyzer.AnalyzeAsync(turn.Activity.Text, cancellationToken)
            : null;
        turn.Environment = new TurnEnvironment(
            await IsAvailableAsync(cancellationToken),
            analysis is null ? null : SentimentSummary.Of(analysis.Sentiment),
            analysis?.Sentiment.Urgent ?? false);
    }

    /// <inheritdoc />
    public async Task AfterCommitAsync(string conversationId, TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var effect in turn.Effects)
        {
            switch (effect)
            {
                case EnqueueHandoff enqueue:
                    await EnqueueAsync(conversationId, turn, enqueue, cancellationToken);
                    break;
                case CancelHandoff:
                    await CancelAsync(conversationId, cancellationToken);
                    break;
                case RateHandoff rate:
                    await handoffs.RateAsync(conversationId, rate.Rating, cancellationToken);
                    break;
            }
        }

        if (turn.Activity.Type == ActivityTypes.Message && turn.Activity.From?.Role == RoleTypes.User && turn.Data.Mode != ConversationMode.Bot
            && await handoffs.FindOpenAsync(conversationId, cancellationToken) is { } open)
        {
            var message = new { handoffId = open.Id, conversationId, activity = await AgentView.OfAsync(turn.Activity, analyzer, cancellationToken) };
            await Target(open).SendAsync("merchantMessage", message, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task MerchantTypingAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await handoffs.FindOpenAsync(conversationId, cancellationToken) is { Status: HandoffStatus.Active } open)
        {
            await Target(open).SendAsync("merchantTyping", new { handoffId = open.Id }, cancellationToken);
        }
    }

    /// <summary>Claims a waiting handoff: true for the one agent who gets it.</summary>
    public async Task<bool> ClaimAsync(string id, AgentAccount agent, CancellationToken cancellationToken)
    {
        if (!await handoffs.TryMoveAsync(id, HandoffStatus.Waiting, HandoffStatus.Active, agent.Username, cancellationToken))
        {
            return false;
        }

        var handoff = (await handoffs.GetAsync(id, cancellationToken))!;
        if (handoff.Kind == HandoffKind.Live)
        {
            // A ticket is followed up outside the chat: its conversation stays with the bot.
            await conversationService.AppendAsync(handoff.ConversationId, [StatusEvent(agent, "accepted")], cancellationToken);
            await AnnouncePositionsAsync(cancellationToken);
        }

        await PublishUpdatedAsync(handoff, cancellationToken);
        return true;
    }

    /// <summary>Sends an agent's message to the merchant's chat, from the agent, by name.</summary>
    public async Task<string> SendAsync(HandoffRecord handoff, AgentAccount agent, string text, CancellationToken cancellationToken)
    {
        var stored = await conversationService.AppendAsync(handoff.ConversationId, [new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "plain",
            From = AgentAccountOf(agent),
            InputHint = InputHints.AcceptingInput,
        }], cancellationToken);
        return stored[0].Activity.Id!;
    }

    /// <summary>Shows the agent typing in the merchant's chat.</summary>
    public void Typing(HandoffRecord handoff, AgentAccount agent) => conversationService.PublishTyping(handoff.ConversationId, AgentAccountOf(agent));

    /// <summary>Gives an active handoff to another agent.</summary>
    public async Task<bool> TransferAsync(HandoffRecord handoff, AgentAccount to, CancellationToken cancellationToken)
    {
        if (!await handoffs.TryTransferAsync(handoff.Id, handoff.AssignedTo!, to.Username, cancellationToken))
        {
            return false;
        }

        await conversationService.AppendAsync(handoff.ConversationId, [StatusEvent(to, "transferred")], cancellationToken);
        await PublishUpdatedAsync((await handoffs.GetAsync(handoff.Id, cancellationToken))!, cancellationToken);
        return true;
    }

    /// <summary>Resolves an active handoff: the bot takes the conversation back and asks for a rating.</summary>
    public async Task<bool> ResolveAsync(HandoffRecord handoff, AgentAccount agent, CancellationToken cancellationToken)
    {
        var from = handoff.Status;
        if (!await handoffs.TryMoveAsync(handoff.Id, from, HandoffStatus.Resolved, null, cancellationToken))
        {
            return false;
        }

        if (handoff.Kind == HandoffKind.Live)
        {
            await conversationService.AppendAsync(handoff.ConversationId, [StatusEvent(agent, "completed")], cancellationToken);
        }

        await PublishUpdatedAsync((await handoffs.GetAsync(handoff.Id, cancellationToken))!, cancellationToken);
        return true;
    }

    /// <summary>Whether an agent counts as online now (presence and a recent heartbeat).</summary>
    public bool IsOnline(AgentAccount agent, DateTimeOffset now) =>
        agent.Presence == "online" && agent.LastSeen is { } seen && now - seen < options.Value.PresenceTimeout;

    private async Task EnqueueAsync(string conversationId, TurnContext turn, EnqueueHandoff enqueue, CancellationToken cancellationToken)
    {
        var context = new HandoffContext(
            ReasonName(enqueue.Reason),
            turn.Data.Platform?.ToString(),
            enqueue.Walkthrough,
            turn.Data.ShownAnswers.ToList(),
            turn.Environment.Sentiment,
            MaskPii(enqueue.Contact),
            MaskPii(enqueue.Description));
        var handoff = new HandoffRecord
        {
            Id = "h" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
            ConversationId = conversationId,
            Kind = enqueue.Kind,
            Reason = context.Reason,
            Status = HandoffStatus.Waiting,
            WaitingSince = time.GetUtcNow(),
            Context = context,
        };
        await handoffs.CreateAsync(handoff, cancellationToken);

        var transcript = await TranscriptForExportAsync(conversationId, cancellationToken);
        var initiate = new Activity
        {
            Type = ActivityTypes.Event,
            Name = TurnActivities.HandoffInitiate,
            From = ConversationService.BotAccount,
            Value = JsonSerializer.SerializeToElement(context, ActivityJson.Options),
            Attachments = [new Attachment { ContentType = "application/json", Name = "Transcript", Content = JsonSerializer.SerializeToElement(new { activities = transcript }, ActivityJson.Options) }],
        };
        var replies = new List<Activity> { initiate };
        if (handoff.Kind == HandoffKind.Live)
        {
            var position = await handoffs.PositionAsync(handoff.Id, cancellationToken);
            _announced[handoff.Id] = position;
            var queued = BotMessage(turn.Texts.Get(TextKeys.HandoffQueued, ("position", position.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            queued.ReplyToId = turn.Activity.Id;
            replies.Add(queued);
        }

        await conversationService.AppendAsync(conversationId, replies, cancellationToken);
        logger.LogInformation("Handoff {HandoffId} ({Kind}, {Reason}) queued for conversation {ConversationId}", handoff.Id, handoff.Kind, handoff.Reason, conversationId);
        await hub.Clients.Group(AgentHub.AllAgents).SendAsync("handoffCreated", handoff, cancellationToken);
    }

    // Ticket fields go to every agent; the full text stays in the transcript, revealed on purpose.
    private static string? MaskPii(string? text) =>
        text is null ? null : PiiDetector.Find(text) is { Count: > 0 } pii ? PiiMasker.Mask(text, pii) : text;

    private async Task CancelAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await handoffs.FindOpenAsync(conversationId, cancellationToken) is { Status: HandoffStatus.Waiting } open
            && await handoffs.TryMoveAsync(open.Id, HandoffStatus.Waiting, HandoffStatus.Cancelled, null, cancellationToken))
        {
            await PublishUpdatedAsync((await handoffs.GetAsync(open.Id, cancellationToken))!, cancellationToken);
            await AnnouncePositionsAsync(cancellationToken);
        }
    }

    // Tells waiting merchants their new place when it reaches a round number, not on every move.
    private async Task AnnouncePositionsAsync(CancellationToken cancellationToken)
    {
        var content = knowledge.Current.Content;
        var waiting = (await handoffs.ListAsync(HandoffStatus.Waiting, cancellationToken)).Where(h => h.Kind == HandoffKind.Live).ToList();
        foreach (var gone in _announced.Keys.Except(waiting.Select(w => w.Id), StringComparer.Ordinal))
        {
            _announced.TryRemove(gone, out _);
        }

        for (var i = 0; i < waiting.Count; i++)
        {
            var position = i + 1;
            var previous = _announced.GetValueOrDefault(waiting[i].Id);
            _announced[waiting[i].Id] = position;
            if (PositionsToAnnounce.Contains(position) && position != previous)
            {
                var record = await conversations.GetAsync(waiting[i].ConversationId, cancellationToken);
                var text = content.Text(TextKeys.HandoffPosition)!.For(record?.Data.Platform).For(record?.Data.Locale)
                    .Replace("{position}", position.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Trim();
                await conversationService.AppendAsync(waiting[i].ConversationId, [BotMessage(text)], cancellationToken);
            }
        }
    }

    private async Task<List<object>> TranscriptForExportAsync(string conversationId, CancellationToken cancellationToken)
    {
        var activities = await conversations.GetLatestActivitiesAsync(conversationId, 500, cancellationToken);
        var result = new List<object>();
        foreach (var stored in activities.Where(a => a.Activity.Type == ActivityTypes.Message))
        {
            result.Add(await AgentView.OfAsync(stored.Activity, analyzer, cancellationToken));
        }

        return result;
    }

    private async Task PublishUpdatedAsync(HandoffRecord handoff, CancellationToken cancellationToken) =>
        await hub.Clients.Group(AgentHub.AllAgents).SendAsync("handoffUpdated", handoff, cancellationToken);

    private IClientProxy Target(HandoffRecord handoff) =>
        handoff.AssignedTo is { } agent ? hub.Clients.Group(AgentHub.AgentGroup(agent)) : hub.Clients.Group(AgentHub.AllAgents);

    private static Activity StatusEvent(AgentAccount agent, string state) => new()
    {
        Type = ActivityTypes.Event,
        Name = TurnActivities.HandoffStatus,
        From = AgentAccountOf(agent),
        Value = JsonSerializer.SerializeToElement(new { state, agent = agent.DisplayName }, ActivityJson.Options),
    };

    private static Activity BotMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = ConversationService.BotAccount,
        InputHint = InputHints.AcceptingInput,
    };

    /// <summary>How an agent appears in the merchant's chat: on the bot's side, by name.</summary>
    public static ChannelAccount AgentAccountOf(AgentAccount agent) => new(AgentView.AgentIdPrefix + agent.Username, agent.DisplayName, RoleTypes.Bot);

    private static string ReasonName(EscalationReason reason) => JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    private sealed record Availability(DateTimeOffset At, bool Available);
}
