using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Ugc.Grains.Catalog;

namespace Ugc.Silo.Operations;

/// <summary>OpenTelemetry for the host: Orleans', ASP.NET Core's and our meters to <c>/metrics</c> (and OTLP), traces when exported.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>Orleans' meter.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Orleans' activity sources: grain calls of application and runtime interfaces, and storage.</summary>
    public static readonly string[] OrleansActivitySources = ["Microsoft.Orleans.Application", "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Storage"];

    // Submit-to-visible lag spans milliseconds (memory streams) to minutes (a consumer retrying): a 1-2.5-5 ladder.
    private static readonly double[] s_lagBoundaries = [1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000, 300_000];

    public static IServiceCollection AddUgcTelemetry(this IServiceCollection services, TelemetryOptions options)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics => metrics
                .AddMeter(OrleansMeter, FreshnessTracker.MeterName, "System.Runtime", "Microsoft.AspNetCore.Authentication", "Microsoft.AspNetCore.Authorization")
                .AddAspNetCoreInstrumentation()
                .AddView("ugc.content.visible.lag", new ExplicitBucketHistogramConfiguration { Boundaries = s_lagBoundaries })
                .AddPrometheusExporter());
        if (options.TracingEnabled)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsOperationsProbe(http.Request.Path))
                .AddSource(OrleansActivitySources));
        }

        if (options.OtlpEnabled)
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    // Scrapes and probes every few seconds would bury the requests worth following.
    private static bool IsOperationsProbe(PathString path) => path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health");
}
