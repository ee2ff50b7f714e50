using ShopExit.Bot.Dialogs.Choices;
using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Bot.Handoff;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Flows;

/// <summary>How the ticket's questions read a reply: a description, and the answers to its summary.</summary>
public static class TicketReplies
{
    /// <summary>Whether a reply describes something (没有, 好的 or ? do not).</summary>
    public static bool SaysSomething(string? text) => !ReplyLexicon.IsContentFree(text) && TextNormalizer.Normalize(text).Length >= 2;

    /// <summary>
    /// Whether a reply only asks for a human again (转人工, talk to a human): while nobody can take
    /// the conversation it is neither a contact nor a description. "保证金没到账，转人工" says something.
    /// </summary>
    public static bool OnlyAsksForHuman(string? text) => HumanRequestDetector.IsOnlyRequest(text, TextNormalizer.Normalize(text));

    /// <summary>
    /// Whether a reply answers the summary: a button, a choice named (提交, 改一下电话), a plain yes, a
    /// new contact or more detail. A no (不对) does not: the hint then asks which to change.
    /// </summary>
    public static bool AnswersSummary(PromptValidatorContext<FoundChoice> context, string submit)
    {
        var text = context.Context.Activity.Text;
        if (context.Recognized is { Succeeded: true, Value: { } found })
        {
            return context.Recognized.Reading == PromptReading.Button || found.Value != submit || ConfirmRecognizer.Recognize(text) != false || AddsDetail(text, found);
        }

        return ContactRecognizer.Find(text) is not null || ConfirmRecognizer.Recognize(text) == true || AddsDetail(text, null);
    }

    /// <summary>
    /// Whether more words typed at the summary (保证金退了十天还没到) belong to the problem: a short no
    /// (不对) does not, nor a short request to change something (我想改一下联系方式) that names a choice.
    /// </summary>
    public static bool AddsDetail(string? text, FoundChoice? named)
    {
        var length = TextNormalizer.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal).Length;
        return ConfirmRecognizer.Recognize(text) is null && SaysSomething(text) && (named is null ? length >= 6 : named.Score < 1.0 && length >= 12);
    }
}
