using System.Text.Json;
using ShopExit.Bot.Activities;
using ShopExit.Bot.Conversations;
using ShopExit.Knowledge;
using ShopExit.Knowledge.Matching;

namespace ShopExit.Bot.ConversationTests;

/// <summary>
/// Runs stories through <see cref="OfflineConversation"/>: the welcome first (in the story's
/// locale), then each turn, checking what must follow it. A story stops at its first failing turn
/// (later turns would only fail because of it).
/// </summary>
public sealed class StoryRunner(KnowledgeBase knowledge)
{
    private readonly StoryExpectations _expectations = new(knowledge);

    /// <summary>Runs one story; no failures means it passed.</summary>
    public async Task<IReadOnlyList<StoryFailure>> RunAsync(Story story)
    {
        var conversation = new OfflineConversation(knowledge) { AgentsAvailable = story.AgentsAvailable, ClientLocale = story.Locale };
        var shown = await conversation.StartAsync();
        for (var i = 0; i < story.Turns.Count; i++)
        {
            var turn = story.Turns[i];
            var before = conversation.Data;
            switch (turn.Action)
            {
                case StoryAction.User:
                    await conversation.SendAsync(turn.Input);
                    break;
                case StoryAction.Click when Find(shown, turn.Input) is { } button:
                    await conversation.ClickAsync(button);
                    break;
                case StoryAction.Click:
                    var titles = Buttons(shown).Select(b => $"'{b.Title}'").ToList();
                    return [new StoryFailure(story.File, turn.Line, story.Name, i + 1, $"a button '{turn.Input}' to click", titles.Count == 0 ? "no buttons" : $"buttons {string.Join(", ", titles)}")];
                case StoryAction.SetLocale:
                    conversation.ClientLocale = turn.Input;
                    await conversation.RunAsync(new Activity { Type = ActivityTypes.Event, Name = TurnActivities.LocaleSet, Value = JsonSerializer.SerializeToElement(turn.Input) });
                    break;
            }

            var observation = new TurnObservation(conversation.LastReplies, conversation.LastEffects, before, conversation.Data);
            var failures = turn.Expectations
                .Select(e => (Expectation: e, Result: _expectations.Check(e, observation)))
                .Where(c => c.Result is not null)
                .Select(c => new StoryFailure(story.File, c.Expectation.Line, story.Name, i + 1, c.Result!.Value.Expected, c.Result.Value.Got))
                .ToList();
            if (failures.Count > 0)
            {
                return failures;
            }

            // Web Chat keeps showing the last buttons when a turn adds none.
            if (conversation.LastReplies.Count > 0)
            {
                shown = conversation.LastReplies;
            }
        }

        return [];
    }

    private static IReadOnlyList<CardAction> Buttons(IReadOnlyList<Activity> replies) =>
        replies.LastOrDefault(r => r.SuggestedActions is { Actions.Count: > 0 })?.SuggestedActions!.Actions ?? [];

    // The button an editor names: its exact title, or the same title in another case or width.
    private static CardAction? Find(IReadOnlyList<Activity> replies, string title) =>
        Buttons(replies).FirstOrDefault(b => string.Equals(b.Title, title, StringComparison.Ordinal))
        ?? Buttons(replies).FirstOrDefault(b => TextNormalizer.Normalize(b.Title) == TextNormalizer.Normalize(title));
}
