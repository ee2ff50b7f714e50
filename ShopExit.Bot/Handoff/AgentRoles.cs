


namespace ShopExit.Bot.Handoff;

/// <summary>Agent roles.</summary>
public static class AgentRoles
{
    /// <summary>Takes conversations.</summary>
    public const string Agent = "agent";

    /// <summary>Takes conversations and sees the whole desk.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Whether a role name is one of ours.</summary>
    public static bool IsValid(string role) => role is Agent or Supervisor;
}
