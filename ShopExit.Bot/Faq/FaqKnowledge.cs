using ShopExit.Knowledge;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Faq;

/// <summary>
/// Holds the knowledge base in use. A reload swaps the reference atomically; a turn reads
/// <see cref="Current"/> once and finishes on that version, so no turn sees half of a change.
/// </summary>
public sealed class FaqKnowledge
{
    private KnowledgeBase? _current;

    /// <summary>The knowledge base in use.</summary>
    /// <exception cref="InvalidOperationException">Before the content was first loaded.</exception>
    public KnowledgeBase Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The FAQ content has not been loaded yet.");

    /// <summary>Whether content has been loaded.</summary>
    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>How many times content was swapped in (1 after the first load).</summary>
    public int Version { get; private set; }

    /// <summary>Problems of the last load attempt that was refused, if the last attempt failed.</summary>
    public IReadOnlyList<ContentProblem> LastRejectedProblems { get; private set; } = [];

    internal void Swap(KnowledgeBase knowledge)
    {
        Volatile.Write(ref _current, knowledge);
        LastRejectedProblems = [];
        Version++;
    }

    internal void Reject(IReadOnlyList<ContentProblem> problems) => LastRejectedProblems = problems;
}
