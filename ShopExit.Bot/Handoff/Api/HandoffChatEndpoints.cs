using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Bot.Faq;
using ShopExit.Bot.Handoff.Contracts;
using ShopExit.Bot.Hosting;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Handoff.Api;

/// <summary>The conversation with the merchant: messages, typing, the transcript, a PII reveal, canned replies.</summary>
internal static class HandoffChatEndpoints
{
    private const int MaxMessageLength = 4000;

    // The agent sees the most recent part of a long conversation.
    private const int TranscriptLength = 1000;

    /// <summary>Maps the endpoints on the authenticated group.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/canned", Canned);
        api.MapPost("/handoffs/{id}/messages", SendAsync);
        api.MapPost("/handoffs/{id}/typing", TypingAsync);
        api.MapGet("/handoffs/{id}/transcript", TranscriptAsync);
        api.MapPost("/handoffs/{id}/reveal", RevealAsync);
    }

    // Canned replies are the FAQ answers (zh-CN): the nearest ones to the query, or a few to start
    // with; for the conversation's platform (its variant states the facts directly), as plain text
    // in an agent's voice.
    private static Ok<IReadOnlyList<CannedReply>> Canned(string? q, string? platform, FaqKnowledge knowledge)
    {
        Platform? known = Enum.TryParse<Platform>(platform, ignoreCase: true, out var parsed) ? parsed : null;
        var kb = knowledge.Current;
        var entries = string.IsNullOrWhiteSpace(q)
            ? kb.Content.Entries.Where(e => e.Kind == EntryKind.Faq && !e.Tags.Contains("smalltalk", StringComparer.Ordinal)).Take(10)
            : kb.Matcher.Match(q).Candidates.Select(c => c.Entry).Where(e => e.Kind == EntryKind.Faq);
        IReadOnlyList<CannedReply> replies = [.. entries.Select(e => new CannedReply(e.Id, e.TitleFor("zh-CN"), AgentVoice.Of(e.AnswerFor(known).Zh)))];
        return TypedResults.Ok(replies);
    }

    private static async Task<Results<Ok<SentMessage>, BadRequest<ErrorResponse>, OwnedRefusal>> SendAsync(string id, MessageRequest? body, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, AgentActions desk, CancellationToken cancellationToken)
    {
        var text = body?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxMessageLength)
        {
            return ApiErrors.BadArgument($"Send {{\"text\"}} with 1 to {MaxMessageLength} characters.");
        }

        var (handoff, agent, refusal) = await HandoffAccess.OwnedActiveAsync(id, user, agents, handoffs, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return TypedResults.Ok(new SentMessage(await desk.SendAsync(handoff!, agent!, text, cancellationToken)));
    }

    private static async Task<Results<NoContent, OwnedRefusal>> TypingAsync(string id, ClaimsPrincipal user, IAgentStore agents, IHandoffStore handoffs, AgentActions desk, CancellationToken cancellationToken)
    {
        var (handoff, agent, refusal) = await HandoffAccess.OwnedActiveAsync(id, user, agents, handoffs, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        desk.Typing(handoff!, agent!);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AgentTranscript>, VisibleRefusal>> TranscriptAsync(string id, ClaimsPrincipal user, IHandoffStore handoffs, IConversationStore conversations, CancellationToken cancellationToken)
    {
        var (handoff, refusal) = await HandoffAccess.VisibleAsync(id, user, handoffs, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var activities = await conversations.GetLatestActivitiesAsync(handoff!.ConversationId, TranscriptLength, cancellationToken);
        return TypedResults.Ok(new AgentTranscript([.. activities.Where(a => a.Activity.Type == ActivityTypes.Message).Select(AgentView.Of)]));
    }

    private static async Task<Results<Ok<RevealedText>, VisibleRefusal>> RevealAsync(string id, RevealRequest? body, ClaimsPrincipal user, IHandoffStore handoffs, IConversationStore conversations, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (handoff, refusal) = await HandoffAccess.VisibleAsync(id, user, handoffs, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var activity = ActivityIds.SequenceOf(handoff!.ConversationId, body?.ActivityId) is { } sequence
            ? (await conversations.GetActivitiesAsync(handoff.ConversationId, sequence - 1, 1, cancellationToken)).FirstOrDefault(a => a.Activity.Id == body!.ActivityId)?.Activity
            : null;
        if (activity is null)
        {
            return NoMessage(body?.ActivityId);
        }

        await handoffs.LogRevealAsync(user.Identity!.Name!, handoff.Id, activity.Id!, time.GetUtcNow(), cancellationToken);
        loggers.CreateLogger(typeof(AgentApi)).LogInformation("Agent {Agent} revealed message {ActivityId} of handoff {HandoffId}", user.Identity.Name, activity.Id, handoff.Id);
        return TypedResults.Ok(new RevealedText(activity.Text));
    }

    // A 404 like the check's own, so the signature stays one refusal.
    private static VisibleRefusal NoMessage(string? activityId) => ApiErrors.NotFound($"No message '{activityId}' in this conversation.");
}
