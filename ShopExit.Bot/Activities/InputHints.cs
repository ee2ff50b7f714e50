namespace ShopExit.Bot.Activities;

/// <summary>Whether the bot expects an answer to a message.</summary>
public static class InputHints
{
    /// <summary>The user may answer or not.</summary>
    public const string AcceptingInput = "acceptingInput";

    /// <summary>The bot asked a question and waits for the answer.</summary>
    public const string ExpectingInput = "expectingInput";

    /// <summary>More messages follow; do not answer yet.</summary>
    public const string IgnoringInput = "ignoringInput";
}
