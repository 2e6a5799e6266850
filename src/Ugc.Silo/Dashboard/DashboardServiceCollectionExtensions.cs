using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ugc.Silo.Dashboard;

/// <summary>Registers the operator dashboard; the host maps it with <see cref="DashboardEndpoints.MapDashboard"/>.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// Adds the collector, sessions, domain reader and defaults for <see cref="IOperatorTokenValidator"/> (hash of
    /// <c>Ugc:Admin:Token</c>) and <see cref="IClientDirectory"/> (in memory); a host that registers its own before or
    /// after this call keeps them.
    /// </summary>
    public static OptionsBuilder<DashboardOptions> AddDashboard(this IServiceCollection services, Action<DashboardOptions>? configure = null)
    {
        var options = services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // Idempotent, so a host and a test harness may both call it without running two collectors.
        if (services.Any(d => d.ServiceType == typeof(DashboardCollector)))
        {
            return options;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOperatorTokenValidator, ConfiguredOperatorTokenValidator>();
        services.TryAddSingleton<IClientDirectory, InMemoryClientDirectory>();
        services.TryAddSingleton<DashboardSessions>();
        services.TryAddSingleton<DecisionMeterListener>();
        services.TryAddSingleton<PipelineSampler>();
        services.TryAddSingleton<DashboardDomainReader>();
        services.TryAddSingleton<DashboardCollector>();
        services.AddHostedService(sp => sp.GetRequiredService<DashboardCollector>());
        return options;
    }
}
