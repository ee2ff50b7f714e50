using ShopExit.Bot.Conversations;

namespace ShopExit.Bot.Handoff;

/// <summary>What the handoff desk tells a turn, as the dialogs read it: <c>turn.Environment</c>.</summary>
public static class TurnEnvironmentExtensions
{
    extension(TurnContext turn)
    {
        /// <summary>Whether a human is available and how the merchant sounds (<see cref="TurnEnvironment.None"/> until the desk says).</summary>
        public TurnEnvironment Environment
        {
            get => turn.State.Find<TurnEnvironment>() ?? TurnEnvironment.None;
            set => turn.State.Set(value);
        }
    }
}
