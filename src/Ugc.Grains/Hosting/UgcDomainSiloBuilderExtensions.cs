using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Storage;
using Ugc.Contracts.Content;
using Ugc.Grains.Catalog;
using Ugc.Grains.Options;

namespace Ugc.Grains.Hosting;

/// <summary>Registers the domain on a silo: the services its grains use (Orleans finds the grains themselves).</summary>
public static class UgcDomainSiloBuilderExtensions
{
    /// <summary>
    /// Hosts the domain grains. The silo must also have a "Default" grain storage, a "PubSubStore", reminders and a
    /// persistent stream provider named <see cref="StreamNames.Provider"/> (the pipeline's submissions and content events).
    /// </summary>
    public static ISiloBuilder AddUgcDomain(
        this ISiloBuilder builder, Action<AnomalyOptions>? configureAnomaly = null, Action<SubmissionPipelineOptions>? configureSubmissions = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var anomaly = builder.Services.AddOptions<AnomalyOptions>().BindConfiguration(AnomalyOptions.SectionName)
            .Validate(o => o.Lateness >= TimeSpan.Zero && o.Lateness <= TimeSpan.FromDays(14), "Ugc:Anomaly:Lateness must lie between 0 and 14 days.")
            .ValidateOnStart();
        if (configureAnomaly is not null)
        {
            anomaly.Configure(configureAnomaly);
        }

        var submissions = builder.Services.AddOptions<SubmissionPipelineOptions>().BindConfiguration(SubmissionPipelineOptions.SectionName)
            .Validate(o => o.Partitions is >= 1 and <= 1024, "Ugc:Submissions:Partitions must lie between 1 and 1024.")
            .Validate(o => o.MaxBatch is >= 1 and <= 10_000, "Ugc:Submissions:MaxBatch must lie between 1 and 10000.")
            .Validate(o => o.BookkeepingDelay > TimeSpan.Zero && o.BookkeepingDelay <= TimeSpan.FromMinutes(5),
                "Ugc:Submissions:BookkeepingDelay must be positive and at most 5 minutes.")
            .ValidateOnStart();
        if (configureSubmissions is not null)
        {
            submissions.Configure(configureSubmissions);
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddKeyedSingleton(DomainClock.Key, static (sp, _) => sp.GetRequiredService<TimeProvider>());
        builder.Services.TryAddSingleton<FreshnessTracker>();
        builder.Services.TryAddSingleton<Caching.VersionBoard>();
        builder.Services.TryAddSingleton<Submissions.SubmissionAppender>();

        // Grain state in Orleans' binary format: compact, fast, and versioned by the [Id]s the state types carry.
        builder.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        return builder;
    }
}
