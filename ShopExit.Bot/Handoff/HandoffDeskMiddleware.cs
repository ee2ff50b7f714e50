using Microsoft.Extensions.Options;
using System.Security.Cryptography;
using System.Text.Json;
using ShopExit.Bot.Analysis;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Texts;

namespace ShopExit.Bot.Handoff;

/// <summary>
/// The desk's part of every turn. Before the dialogs: whether a human is available and how the
/// merchant sounds (<see cref="TurnContext"/>'s environment). After them: a handoff the dialogs
/// asked for becomes a queued handoff, its <c>handoff.initiate</c> event and the merchant's place
/// in the queue, all committed with the turn.
/// </summary>
public sealed class HandoffDeskMiddleware(AgentAvailability availability, IHandoffStore handoffs, IOptions<HandoffOptions> options, ILogger<HandoffDeskMiddleware> logger) : IMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        turn.Environment = new TurnEnvironment(
            await availability.IsAvailableAsync(cancellationToken),
            turn.Analysis is { } analysis ? SentimentSummary.Of(analysis.Sentiment) : null,
            turn.Analysis?.Sentiment.Urgent ?? false)
        {
            BusinessHours = options.Value.BusinessHours,
            TimeZone = options.Value.TimeZone,
        };
        await next(cancellationToken);

        foreach (var request in turn.Effects.OfType<EnqueueHandoff>().ToList())
        {
            turn.Effects.Remove(request);
            await OpenAsync(turn, request, cancellationToken);
        }

        // What goes into a ticket is masked like the ticket itself.
        for (var i = 0; i < turn.Effects.Count; i++)
        {
            if (turn.Effects[i] is AddToTicket addition)
            {
                turn.Effects[i] = new AddToTicket(MaskPii(addition.Text)!, MaskPii(addition.Contact));
            }
        }
    }

    private async Task OpenAsync(TurnContext turn, EnqueueHandoff request, CancellationToken cancellationToken)
    {
        var context = new HandoffContext(
            JsonNamingPolicy.CamelCase.ConvertName(request.Reason.ToString()),
            turn.Data.Platform?.ToString(),
            request.Walkthrough,
            turn.Data.ShownAnswers.ToList(),
            turn.Environment.Sentiment,
            MaskPii(request.Contact),
            MaskPii(request.Description),
            request.TicketNumber);
        var handoff = new HandoffRecord
        {
            Id = "h" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
            ConversationId = turn.ConversationId,
            Kind = request.Kind,
            Reason = context.Reason,
            Status = HandoffStatus.Waiting,
            WaitingSince = turn.Time.GetUtcNow(),
            Context = context,
            LastMessage = HandoffPreviews.SaysSomething(turn.Activity) ? HandoffPreviews.Of(turn.Activity, turn.Analysis) : null,
        };

        // The place is counted before the commit: two merchants queued at the same moment may both
        // hear the same number; the next announcement (HandoffNotifier) sets it right.
        var position = handoff.Kind == HandoffKind.Live ? await handoffs.CountWaitingLiveAsync(cancellationToken) + 1 : 0;
        turn.Effects.Add(new HandoffOpened(handoff, position));
        await turn.SendActivityAsync(HandoffActivities.Initiate(handoff, turn.Sequence), cancellationToken);
        if (handoff.Kind == HandoffKind.Live)
        {
            await turn.SendTextAsync(turn.Texts.Get(TextKeys.HandoffQueued, ("position", position.ToString(System.Globalization.CultureInfo.InvariantCulture))), cancellationToken);
        }

        logger.LogInformation("Handoff {HandoffId} ({Kind}, {Reason}) queued for conversation {ConversationId}", handoff.Id, handoff.Kind, handoff.Reason, turn.ConversationId);
    }

    // Ticket fields go to every agent; the full text stays in the transcript, revealed on purpose.
    private static string? MaskPii(string? text) => text is null ? null : PiiMasker.MaskFound(text);
}
