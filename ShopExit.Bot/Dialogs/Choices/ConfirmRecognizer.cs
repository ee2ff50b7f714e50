using ShopExit.Bot.Dialogs.Prompts;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.Dialogs.Choices;

/// <summary>
/// Reads yes or no from a reply in zh-CN or English, with the words of <see cref="ReplyLexicon"/>:
/// a whole reply made of them (是的, 弄好了, 嗯嗯还没弄, nope) is a natural answer; a longer reply
/// counts only when it starts with one (还没有，我先去处理一下). A yes or no somewhere inside a
/// sentence (我的保证金申请退了十天了还没到账) is not an answer: that sentence is a question.
/// </summary>
public static class ConfirmRecognizer
{
    /// <summary>True for yes, false for no, null when the reply says neither.</summary>
    public static bool? Recognize(string? text) => Read(text).Value;

    /// <summary>The yes or no of a reply and how it was read (<see cref="PromptReading.Natural"/> or <see cref="PromptReading.Leading"/>).</summary>
    public static (bool? Value, PromptReading Reading) Read(string? text)
    {
        switch (ReplyLexicon.Classify(text))
        {
            case ReplyKind.Yes:
                return (true, PromptReading.Natural);
            case ReplyKind.No:
                return (false, PromptReading.Natural);
            case ReplyKind.None:
                return ReplyLexicon.Leading(text) switch
                {
                    ReplyKind.Yes => (true, PromptReading.Leading),
                    ReplyKind.No => (false, PromptReading.Leading),
                    _ => (null, PromptReading.None),
                };
            default:
                return (null, PromptReading.None);
        }
    }
}
