using Microsoft.Extensions.Options;

namespace ShopExit.Bot.Handoff;

/// <summary>Runs <see cref="HandoffAbandonment"/> every <see cref="HandoffOptions.AbandonCheckInterval"/>.</summary>
public sealed class HandoffAbandonmentSweeper(HandoffAbandonment abandonment, IOptions<HandoffOptions> options, ILogger<HandoffAbandonmentSweeper> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.AbandonCheckInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await abandonment.SweepAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A store fault now must not stop the checks to come.
                    logger.LogError(ex, "Closing the waiting chats whose merchant left failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
