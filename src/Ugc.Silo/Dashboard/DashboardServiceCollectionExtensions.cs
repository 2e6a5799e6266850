using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ugc.Silo.Dashboard;

/// <summary>Registers the operator console; the host maps it with <see cref="DashboardEndpoints.MapDashboard"/>.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// Adds the pipeline reporter (every silo reports to the cluster's pipeline grain), the decision counters it reads,
    /// the domain reader, and a default <see cref="IClientDirectory"/> (in memory) that a host may replace.
    /// </summary>
    public static OptionsBuilder<DashboardOptions> AddDashboard(this IServiceCollection services, Action<DashboardOptions>? configure = null)
    {
        var options = services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IClientDirectory, InMemoryClientDirectory>();
        services.TryAddSingleton<DecisionMeterListener>();
        services.TryAddSingleton<DashboardDomainReader>();
        services.TryAddSingleton<PipelineReporter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PipelineReporter>(sp => sp.GetRequiredService<PipelineReporter>()));
        return options;
    }
}
