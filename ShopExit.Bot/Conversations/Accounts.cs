using ShopExit.Bot.Activities;

namespace ShopExit.Bot.Conversations;

/// <summary>The accounts the server itself speaks as.</summary>
public static class Accounts
{
    /// <summary>The bot's account in every conversation.</summary>
    public static readonly ChannelAccount Bot = new("shopexit-bot", "ShopExit 助手", RoleTypes.Bot);
}
