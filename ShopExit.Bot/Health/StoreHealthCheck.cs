using Microsoft.Extensions.Diagnostics.HealthChecks;
using ShopExit.Bot.Storage;

namespace ShopExit.Bot.Health;

/// <summary>
/// Healthy when the database answers a trivial query and the store has met no corruption since
/// the start (a corrupt page stays corrupt until the file is repaired or restored).
/// </summary>
internal sealed class StoreHealthCheck(IStoreDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (database.Corruption is { } corruption)
        {
            return HealthCheckResult.Unhealthy(corruption.Message);
        }

        try
        {
            await database.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("store unreachable", ex);
        }
    }
}
