using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>
/// Adds activities to a conversation's transcript outside a turn (a merchant's post, an agent's
/// message, a desk notice) and tells the conversation's open streams.
/// </summary>
public sealed class TranscriptWriter(IConversationStore store, ConversationHub hub, TimeProvider time)
{
    /// <summary>Stamps, stores and announces the activities; returns them as stored.</summary>
    public async Task<IReadOnlyList<StoredActivity>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        Stamp(conversationId, activities);
        var stored = await store.AppendAsync(conversationId, activities, cancellationToken);
        PublishStored(conversationId, stored);
        return stored;
    }

    /// <summary>Stamps activities (time, channel, conversation) that a transaction of another store appends.</summary>
    public void Stamp(string conversationId, IReadOnlyList<Activity> activities)
    {
        foreach (var activity in activities)
        {
            activity.Timestamp = time.GetUtcNow();
            activity.ChannelId ??= "directline";
            activity.Conversation = new ConversationAccount(conversationId);
        }
    }

    /// <summary>Tells the conversation's open streams that these activities were committed (they send them on).</summary>
    public void PublishStored(string conversationId, IReadOnlyList<StoredActivity> stored) => hub.Publish(conversationId, HubSignal.Grew(stored));

    /// <summary>Shows a typing indicator in the conversation (not stored).</summary>
    public void PublishTyping(string conversationId, ChannelAccount from, string? replyToId = null)
    {
        var typing = new Activity
        {
            Type = ActivityTypes.Typing,
            From = from,
            ReplyToId = replyToId,
            Conversation = new ConversationAccount(conversationId),
            ChannelId = "directline",
            Timestamp = time.GetUtcNow(),
        };
        hub.Publish(conversationId, new HubSignal(typing));
    }
}
