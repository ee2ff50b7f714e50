namespace ShopExit.Bot.Handoff;

/// <summary>
/// Every few seconds, compares the connected consoles with the agents in the store and closes
/// the connections that would be refused now (a new password, a demotion, a removed agent): the
/// console then reconnects, gets a 401, and asks for a login.
/// </summary>
public sealed class AgentConnectionSweeper(AgentConnections connections, IAgentStore agents, ILogger<AgentConnectionSweeper> logger) : BackgroundService
{
    // A changed password takes effect on the REST API at once and on an open hub within this.
    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        if (connections.IsEmpty)
        {
            return;
        }

        try
        {
            var closed = connections.CloseStale(await agents.ListAsync(stoppingToken));
            if (closed > 0)
            {
                logger.LogInformation("Closed {Count} agent console connection(s) whose login is no longer valid", closed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A store fault now must not stop the checks to come.
            logger.LogError(ex, "Checking the agent consoles' logins failed");
        }
    }
}
