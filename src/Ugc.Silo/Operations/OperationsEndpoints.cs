using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ugc.Silo.Operations;

/// <summary><c>/health</c> (liveness), <c>/health/ready</c> (readiness) and <c>/metrics</c> (Prometheus); the console is mapped by <c>MapDashboard</c>.</summary>
public static class OperationsEndpoints
{
    private const string Live = "live";
    private const string Ready = "ready";

    public static IServiceCollection AddUgcOperations(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<SiloAliveHealthCheck>("alive", tags: [Live])
            .AddCheck<SiloHealthCheck>("silo", tags: [Ready])
            .AddCheck<StorageHealthCheck>("storage", tags: [Ready])
            .AddCheck<StreamsHealthCheck>("streams", tags: [Ready]);
        services.AddSingleton<PipelineStreams>();
        return services;
    }

    public static RouteGroupBuilder MapOperationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Operations");
        group.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Live), ResponseWriter = WriteHealthAsync });
        group.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteHealthAsync });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return group;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        });
}
