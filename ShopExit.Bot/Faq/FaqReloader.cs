using Microsoft.Extensions.Options;
using ShopExit.Bot.Hosting;
using ShopExit.Knowledge.Content;

namespace ShopExit.Bot.Faq;

/// <summary>
/// Loads the FAQ content at start-up (refusing to start on errors) and reloads it when files
/// change. Changes are found by polling a fingerprint of the files (names, sizes, write times)
/// rather than FileSystemWatcher: polling a dozen files costs nothing and never misses an event
/// (inotify limits, editors that replace files, folders mounted into containers). A change is
/// loaded once the fingerprint has held still for one poll, so a half-written file is not read.
/// </summary>
public sealed class FaqReloader(
    FaqKnowledge knowledge,
    IOptions<ShopExitOptions> options,
    TimeProvider time,
    ILogger<FaqReloader> logger) : BackgroundService
{
    /// <summary>How often the files are checked. Two polls plus a load stay well under 2 s.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(400);

    private string _loadedFingerprint = string.Empty;

    private string Directory => options.Value.FaqDirectory;

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _loadedFingerprint = FaqFingerprint.Of(Directory);
        var (loaded, problems) = FaqContentLoader.Load(Directory);
        if (loaded is null)
        {
            foreach (var problem in problems.Where(p => p.Severity == ProblemSeverity.Error))
            {
                logger.LogCritical("FAQ content error: {Problem}", problem);
            }

            throw new InvalidFaqContentException(problems);
        }

        LogWarnings(problems);
        knowledge.Swap(loaded);
        logger.LogInformation("FAQ content loaded from {Directory}: {Entries} entries, {Phrasings} phrasings",
            Path.GetFullPath(Directory), loaded.Content.Entries.Count, loaded.Matcher.PhrasingCount);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? pending = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var fingerprint = FaqFingerprint.Of(Directory);
            if (fingerprint == _loadedFingerprint)
            {
                pending = null;
            }
            else if (fingerprint != pending)
            {
                pending = fingerprint;
            }
            else
            {
                Reload(fingerprint);
                pending = null;
            }
        }
    }

    private void Reload(string fingerprint)
    {
        _loadedFingerprint = fingerprint;
        try
        {
            var (loaded, problems) = FaqContentLoader.Load(Directory);
            if (loaded is null)
            {
                knowledge.Reject(problems);
                logger.LogError("FAQ change rejected; the previous content stays in use. Problems:{NewLine}{Problems}",
                    Environment.NewLine, string.Join(Environment.NewLine, problems.Where(p => p.Severity == ProblemSeverity.Error)));
                return;
            }

            LogWarnings(problems);
            knowledge.Swap(loaded);
            logger.LogInformation("FAQ content reloaded: {Entries} entries, {Phrasings} phrasings", loaded.Content.Entries.Count, loaded.Matcher.PhrasingCount);
        }
        catch (Exception ex)
        {
            // Whatever goes wrong in a reload, the bot keeps serving the content it has.
            logger.LogError(ex, "FAQ reload failed; the previous content stays in use");
        }
    }

    private void LogWarnings(IReadOnlyList<ContentProblem> problems)
    {
        foreach (var warning in problems.Where(p => p.Severity == ProblemSeverity.Warning))
        {
            logger.LogWarning("FAQ content warning: {Problem}", warning);
        }
    }
}
