namespace ShopExit.Bot.Storage;

/// <summary>
/// The handoff queue's statements, the same for SQLite and PostgreSQL (both take <c>@name</c>
/// parameters), so the two stores cannot drift apart on who wins a claim or what order the queue is in.
/// </summary>
internal static class HandoffSql
{
    /// <summary>A handoff's columns in the order the stores read them, with its agent's display name.</summary>
    public const string Select = "SELECT h.id, h.conversation_id, h.kind, h.status, h.reason, h.context_json, h.waiting_since, h.assigned_to, a.display_name, h.rating, h.rating_comment FROM handoffs h LEFT JOIN agents a ON a.username = h.assigned_to";

    public const string Get = Select + " WHERE h.id = @id";

    /// <summary>Live chats before tickets, each oldest first.</summary>
    public const string List = Select + " WHERE h.status = @status ORDER BY CASE h.kind WHEN 'live' THEN 0 ELSE 1 END, h.waiting_since, h.id";

    /// <summary>The handoff that has the conversation now: a waiting or active live chat, or a ticket an agent took.</summary>
    public const string FindOpen = Select + " WHERE h.conversation_id = @conversation AND (h.status = 'active' OR (h.status = 'waiting' AND h.kind = 'live')) ORDER BY h.waiting_since DESC LIMIT 1";

    public const string FindLatest = Select + " WHERE h.conversation_id = @conversation AND h.kind = @kind ORDER BY h.updated_at DESC, h.waiting_since DESC LIMIT 1";

    /// <summary>The conditional update of a claim or resolve: a row (its conversation) only for the caller whose condition held.</summary>
    public const string Move = "UPDATE handoffs SET status = @to, assigned_to = COALESCE(@agent, assigned_to), updated_at = @now WHERE id = @id AND status = @from RETURNING conversation_id";

    /// <summary>The conditional update of a transfer: only the agent who owns it hands it on.</summary>
    public const string Transfer = "UPDATE handoffs SET assigned_to = @to, updated_at = @now WHERE id = @id AND status = 'active' AND assigned_to = @from RETURNING conversation_id";

    /// <summary>A waiting live chat whose merchant left, closed.</summary>
    public const string Abandon = "UPDATE handoffs SET status = 'cancelled', updated_at = @now WHERE id = @id AND status = 'waiting' AND kind = 'live' RETURNING conversation_id";

    /// <summary>A waiting live chat whose merchant left a contact, now a waiting ticket with its new context.</summary>
    public const string AbandonAsTicket = "UPDATE handoffs SET kind = 'ticket', context_json = @context, updated_at = @now WHERE id = @id AND status = 'waiting' AND kind = 'live' RETURNING conversation_id";

    /// <summary>The conversation's waiting ticket (what a later message adds to), with its context.</summary>
    public const string FindWaitingTicket = "SELECT id, context_json FROM handoffs WHERE conversation_id = @conversation AND kind = 'ticket' AND status = 'waiting' ORDER BY waiting_since DESC LIMIT 1";

    /// <summary>A ticket's context replaced (an addition, a new contact).</summary>
    public const string UpdateContext = "UPDATE handoffs SET context_json = @context, updated_at = @now WHERE id = @id";

    public const string CountWaitingLive = "SELECT COUNT(*) FROM handoffs WHERE status = 'waiting' AND kind = 'live'";

    /// <summary>Live handoffs waiting ahead of this one, plus one.</summary>
    public const string Position = """
        SELECT COUNT(*) FROM handoffs w, handoffs me
        WHERE me.id = @id AND w.status = 'waiting' AND w.kind = 'live'
          AND (w.waiting_since < me.waiting_since OR (w.waiting_since = me.waiting_since AND w.id <= me.id))
        """;

    public const string ActiveCounts = "SELECT assigned_to, COUNT(*) FROM handoffs WHERE status = 'active' GROUP BY assigned_to";

    public const string LogReveal = "INSERT INTO pii_reveals (agent, handoff_id, activity_id, revealed_at) VALUES (@agent, @handoff, @activity, @at)";
}
