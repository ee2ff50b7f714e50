using Microsoft.Extensions.Diagnostics.HealthChecks;
using ShopExit.Bot.Faq;

namespace ShopExit.Bot.Health;

/// <summary>Healthy once FAQ content is in use.</summary>
internal sealed class ContentHealthCheck(FaqKnowledge knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge.IsLoaded
            ? HealthCheckResult.Healthy($"FAQ version {knowledge.Version}")
            : HealthCheckResult.Unhealthy("FAQ content not loaded"));
}
