using ShopExit.Bot.Texts;
using ShopExit.Knowledge;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Faq;

/// <summary>Loads FAQ content the way the bot needs it: every text key the dialogs use must be there.</summary>
public static class FaqContentLoader
{
    /// <summary>Loads and checks a FAQ folder.</summary>
    public static (KnowledgeBase? KnowledgeBase, IReadOnlyList<ContentProblem> Problems) Load(string directory) =>
        KnowledgeBase.Load(directory, requiredTexts: TextKeys.All);
}
