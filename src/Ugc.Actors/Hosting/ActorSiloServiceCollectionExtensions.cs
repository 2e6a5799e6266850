using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Ugc.Actors.Membership;
using Ugc.Actors.Messaging;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Hosting;

/// <summary>Registers a silo on a generic or web host.</summary>
public static class ActorSiloServiceCollectionExtensions
{
    /// <summary>
    /// Adds a silo: the runtime, <see cref="IGrainFactory"/>, options bound from configuration, and a hosted service that
    /// starts it and stops it gracefully. Defaults to one silo on in-process clustering.
    /// </summary>
    public static ISiloBuilder AddActorSilo(this IServiceCollection services, Action<ISiloBuilder>? configure = null)
    {
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(GrainTypeRegistry))?.ImplementationInstance as GrainTypeRegistry;
        var builder = new SiloBuilder(services, registry ?? new GrainTypeRegistry());
        if (registry is null)
        {
            services.AddSingleton(builder.Registry);
            services.AddMetrics();
            services.TryAddSingleton(TimeProvider.System);
            services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.SectionName)
                .Validate(o => !string.IsNullOrWhiteSpace(o.ClusterId) && !string.IsNullOrWhiteSpace(o.ServiceId), "ClusterId and ServiceId are required.")
                .Validate(o => o.SiloPort is > 0 and < 65536, "SiloPort must be a TCP port.")
                .ValidateOnStart();
            services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.SectionName)
                .Validate(o => o.ResponseTimeout > TimeSpan.Zero, "ResponseTimeout must be positive.")
                .ValidateOnStart();
            services.AddOptions<GrainCollectionOptions>().BindConfiguration(GrainCollectionOptions.SectionName)
                .Validate(o => o.CollectionAge > TimeSpan.Zero && o.CollectionQuantum > TimeSpan.Zero, "Collection age and quantum must be positive.")
                .ValidateOnStart();
            services.TryAddSingleton<IClusterMembership, InMemoryClusterMembership>();
            services.TryAddSingleton<InMemoryNetwork>();
            services.TryAddSingleton<IMessageTransport, InMemoryTransport>();
            services.AddSingleton<SiloRuntime>();
            services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<SiloRuntime>().GrainFactory);
            services.AddSingleton<ISiloStatus>(sp => new SiloStatusView(sp.GetRequiredService<SiloRuntime>()));
            services.AddHostedService<SiloHostedService>();
        }

        configure?.Invoke(builder);
        return builder;
    }

    /// <summary>Adds a silo to a host application builder (web or generic).</summary>
    public static IHostApplicationBuilder UseActorSilo(this IHostApplicationBuilder hostBuilder, Action<ISiloBuilder>? configure = null)
    {
        hostBuilder.Services.AddActorSilo(configure);
        return hostBuilder;
    }
}
