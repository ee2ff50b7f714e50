using ShopExit.Bot.Conversations;
using ShopExit.Bot.Dialogs.Flows;
using ShopExit.Bot.Handoff;
using ShopExit.Knowledge;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.ConversationTests;

/// <summary>
/// What a story can expect after a turn, and how each is checked: <c>answer</c> (an item's answer
/// was shown, or <c>none</c>), <c>step</c> (the walkthrough question now waiting, or <c>none</c>),
/// <c>flow</c>, <c>handoff</c> (<c>live</c>, <c>ticket</c> or <c>none</c>), <c>says</c> /
/// <c>not_says</c>, <c>buttons</c> (titles under the last reply), <c>menu</c> (the main menu
/// offered), <c>language</c> (<c>en</c> or <c>zh</c>), <c>recorded</c> (a walkthrough's answers).
/// </summary>
public sealed class StoryExpectations(KnowledgeBase knowledge)
{
    /// <summary>The expectation names a story may use.</summary>
    public static readonly IReadOnlyList<string> Keys = ["answer", "step", "flow", "handoff", "says", "not_says", "buttons", "menu", "language", "recorded"];

    // Every answer text the bot can show (each language, each platform variant) → its item.
    private readonly Dictionary<string, string> _answers = knowledge.Content.Entries
        .Where(e => e.Kind == EntryKind.Faq)
        .SelectMany(e => e.PlatformAnswers.Values.Append(e.Answer).SelectMany(a => new[] { a.Zh, a.En }).Select(t => (Text: t.Trim(), e.Id)))
        .Where(a => a.Text.Length > 0)
        .DistinctBy(a => a.Text, StringComparer.Ordinal)
        .ToDictionary(a => a.Text, a => a.Id, StringComparer.Ordinal);

    /// <summary>Checks one expectation; null when it holds, else (expected, got).</summary>
    public (string Expected, string Got)? Check(StoryExpectation expectation, TurnObservation turn)
    {
        switch (expectation.Key)
        {
            case "answer":
                var answered = turn.Texts.Select(t => _answers.GetValueOrDefault(t.Trim())).OfType<string>().ToList();
                var shown = answered.Count == 0 ? "no FAQ answer" : $"answer {string.Join(", ", answered)}";
                if (expectation.Value == "none")
                {
                    return answered.Count == 0 ? null : ("no FAQ answer", shown + Said(turn));
                }

                var expected = string.Join(", ", expectation.Values);
                return expectation.Values.FirstOrDefault(id => knowledge.Find(id) is null) is { } unknown ? ($"answer {expected}", $"no item '{unknown}' in the FAQ")
                    : expectation.Values.All(id => answered.Contains(id, StringComparer.Ordinal)) ? null
                    : ($"answer {expected}", shown + Said(turn));
            case "step":
                var step = TurnObservation.WaitingStep(turn.After) ?? "none";
                return step == expectation.Value ? null : ($"step {expectation.Value}", $"step {step}" + Said(turn));
            case "flow":
                var flow = TurnObservation.ActiveDialog(turn.After) ?? "none";
                return flow == expectation.Value ? null : ($"flow {expectation.Value}", $"flow {flow}");
            case "handoff":
                var handoff = Handoff(turn);
                return handoff == expectation.Value ? null : ($"handoff {expectation.Value}", $"handoff {handoff}" + Said(turn));
            case "says":
                var all = Shown(turn);
                var missing = expectation.Values.Where(v => !all.Contains(v, StringComparison.Ordinal)).ToList();
                return missing.Count == 0 ? null : ($"a reply containing '{string.Join("', '", missing)}'", Said(turn).TrimStart(';', ' '));
            case "not_says":
                var text = Shown(turn);
                var present = expectation.Values.Where(v => text.Contains(v, StringComparison.Ordinal)).ToList();
                return present.Count == 0 ? null : ($"no reply containing '{string.Join("', '", present)}'", Said(turn).TrimStart(';', ' '));
            case "buttons":
                var titles = turn.LastButtons.Select(b => b.Title ?? string.Empty).ToList();
                var absent = expectation.Values.Where(v => !titles.Contains(v, StringComparer.Ordinal)).ToList();
                return absent.Count == 0 ? null : ($"buttons {Quote(expectation.Values)}", titles.Count == 0 ? "no buttons" : $"buttons {Quote(titles)}");
            case "menu":
                var values = turn.LastButtons.Select(b => b.Value?.ToString()).ToHashSet(StringComparer.Ordinal);
                var menu = values.Contains(ButtonValues.Entry(DialogIds.Closure)) && values.Contains(ButtonValues.Entry(DialogIds.DepositRefund));
                return menu == (expectation.Value != "false") ? null : (menu ? "no main menu" : "the main menu", Said(turn).TrimStart(';', ' '));
            case "language":
                var wrong = turn.Replies.Where(r => r.Type == Activities.ActivityTypes.Message && !InLanguage(r, expectation.Value)).Select(r => r.Text).ToList();
                return wrong.Count == 0 ? null : ($"every reply in {expectation.Value}", $"'{Short(wrong[0])}'");
            case "recorded":
                var recorded = TurnObservation.Recorded(turn.After);
                var differ = expectation.Pairs.Where(p => recorded.GetValueOrDefault(p.Key) != p.Value).ToList();
                return differ.Count == 0 ? null
                    : ($"recorded {string.Join(", ", expectation.Pairs.Select(p => $"{p.Key}={p.Value}"))}", recorded.Count == 0 ? "nothing recorded" : $"recorded {string.Join(", ", recorded.Select(p => $"{p.Key}={p.Value}"))}");
            default:
                return ($"a known expectation", $"'{expectation.Key}'");
        }
    }

    // The replies as the chat shows them: a backslash-escaped character (shop\_abc1, from text the
    // merchant typed) is the character itself there.
    private static string Shown(TurnObservation turn) =>
        System.Text.RegularExpressions.Regex.Replace(string.Join("\n", turn.Texts), @"\\([\\`*_\[\]()<>#!|~&])", "$1");

    // A live handoff is queued by the turn; a ticket begins with its questions (nobody available).
    private static string Handoff(TurnObservation turn) =>
        turn.Effects.OfType<EnqueueHandoff>().Any(e => e.Kind == HandoffKind.Live) ? "live"
        : TurnObservation.ActiveDialog(turn.After) == DialogIds.Ticket && TurnObservation.ActiveDialog(turn.Before) != DialogIds.Ticket ? "ticket"
        : "none";

    // A reply's language: what the bot labelled it, and what its text is mostly written in.
    private static bool InLanguage(Activities.Activity reply, string language)
    {
        var text = reply.Text ?? string.Empty;
        var han = text.Count(c => c is >= '\u3400' and <= '\u9FFF');
        var latin = text.Count(char.IsAsciiLetter);
        return language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? reply.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true && han * 10 <= han + latin
            : reply.Locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true && (han * 10 >= (han + latin) * 3 || han + latin == 0);
    }

    private static string Said(TurnObservation turn) =>
        turn.Replies.Count == 0 ? "; the bot said nothing" : $"; the bot said '{Short(string.Join(" | ", turn.Texts))}'";

    private static string Short(string? text)
    {
        var flat = (text ?? string.Empty).ReplaceLineEndings(" ");
        return flat.Length > 120 ? flat[..117] + "..." : flat;
    }

    private static string Quote(IEnumerable<string> titles) => string.Join(", ", titles.Select(t => $"'{t}'"));
}
