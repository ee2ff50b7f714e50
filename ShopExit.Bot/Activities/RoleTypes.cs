namespace ShopExit.Bot.Activities;

/// <summary>Roles of a channel account.</summary>
public static class RoleTypes
{
    /// <summary>The merchant.</summary>
    public const string User = "user";

    /// <summary>The bot, and support agents speaking through it.</summary>
    public const string Bot = "bot";
}
