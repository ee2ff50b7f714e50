using ShopExit.Bot.Conversations;
using ShopExit.Bot.Texts;
using ShopExit.Knowledge;

namespace ShopExit.Bot.Faq;

/// <summary>The content a turn runs on, as the dialogs read it: <c>turn.Knowledge</c> and <c>turn.Texts</c>.</summary>
public static class TurnKnowledge
{
    extension(TurnContext turn)
    {
        /// <summary>The content version this turn runs on (a reload mid-turn does not change it).</summary>
        public KnowledgeBase Knowledge =>
            turn.State.Find<KnowledgeBase>() ?? throw new InvalidOperationException("No content version was set on the turn (KnowledgeMiddleware runs first).");

        /// <summary>The bot's texts in the merchant's language and platform.</summary>
        public BotTexts Texts => turn.State.GetOrAdd(() => new BotTexts(turn.Knowledge, turn.Data));

        /// <summary>Pins the content version the turn runs on.</summary>
        public void UseKnowledge(KnowledgeBase knowledge) => turn.State.Set(knowledge);
    }
}
