using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Faq;

/// <summary>Thrown at start-up when the FAQ content has errors: the bot refuses to start on it.</summary>
public sealed class InvalidFaqContentException : Exception
{
    /// <summary>Creates the exception, naming every error.</summary>
    public InvalidFaqContentException(IReadOnlyList<ContentProblem> problems)
        : base("The FAQ content has errors; fix them (run 'faq check') and start again:" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Where(p => p.Severity == ProblemSeverity.Error)))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidFaqContentException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public InvalidFaqContentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }
}
