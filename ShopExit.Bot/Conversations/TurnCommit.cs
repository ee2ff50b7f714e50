using ShopExit.Bot.Activities;
using ShopExit.Bot.Analysis;

namespace ShopExit.Bot.Conversations;

/// <summary>Everything one turn writes, in one transaction.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="ExpectedVersion">The version the turn loaded; a commit on a changed conversation is refused.</param>
/// <param name="Data">The new state.</param>
/// <param name="ProcessedSequence">The activity the turn answered: the bot has read up to it.</param>
/// <param name="Replies">The bot's replies, appended after everything already in the transcript.</param>
/// <param name="Effects">The turn's other changes (a handoff queued, a question logged), each written by its store writer.</param>
/// <param name="Analysis">The analysis of the answered activity, kept with it so no view analyses it again.</param>
public sealed record TurnCommit(
    string ConversationId,
    long ExpectedVersion,
    ConversationData Data,
    long ProcessedSequence,
    IReadOnlyList<Activity> Replies,
    IReadOnlyList<ITurnEffect> Effects,
    TextAnalysis? Analysis);
