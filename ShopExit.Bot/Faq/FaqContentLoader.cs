using ShopExit.Bot.Texts;
using ShopExit.Knowledge;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Faq;

/// <summary>Loads FAQ content the way the bot needs it: every text key the dialogs use must be there.</summary>
public static class FaqContentLoader
{
    /// <summary>Loads and checks a FAQ folder.</summary>
    /// <param name="directory">The FAQ folder.</param>
    /// <param name="forEditors">
    /// Also run the checks that cost one match per phrasing (faq check); the running bot skips
    /// them so a reload stays fast whatever the size of the content.
    /// </param>
    public static (KnowledgeBase? KnowledgeBase, IReadOnlyList<ContentProblem> Problems) Load(string directory, bool forEditors = false) =>
        KnowledgeBase.Load(directory, requiredTexts: TextKeys.All, checkOverlaps: forEditors);
}
