using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ugc.Silo.Operations;

/// <summary><c>/health</c> and <c>/metrics</c>; <c>/dashboard</c> is mapped by <c>MapDashboard</c>.</summary>
public static class OperationsEndpoints
{
    public static IServiceCollection AddUgcOperations(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo").AddCheck<StorageHealthCheck>("storage");
        services.AddSingleton<MetricsCollector>();
        services.AddSingleton<PipelineStreams>();
        return services;
    }

    public static RouteGroupBuilder MapOperationsEndpoints(this IEndpointRouteBuilder app)
    {
        // Created now, not at the first scrape: its listener must see every measurement from the start.
        _ = app.ServiceProvider.GetRequiredService<MetricsCollector>();
        var group = app.MapGroup("").WithTags("Operations");
        group.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        group.MapGet("/metrics", (MetricsCollector metrics, CancellationToken cancellationToken) =>
            TypedResults.Text(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8"));
        return group;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
}
