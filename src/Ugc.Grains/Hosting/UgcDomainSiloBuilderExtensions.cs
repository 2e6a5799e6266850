using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ugc.Actors.Hosting;
using Ugc.Contracts.Content;
using Ugc.Grains.Catalog;

namespace Ugc.Grains.Hosting;

/// <summary>Registers the domain on a silo: its grains and the services they use.</summary>
public static class UgcDomainSiloBuilderExtensions
{
    /// <summary>
    /// Hosts the domain grains. The silo must also have a "Default" grain storage and a persistent stream provider
    /// named <see cref="StreamNames.Provider"/> (the pipeline's submissions and content events).
    /// </summary>
    public static ISiloBuilder AddUgcDomain(this ISiloBuilder builder)
    {
        builder.AddGrains(typeof(UgcDomainSiloBuilderExtensions).Assembly);
        builder.Services.TryAddSingleton<FreshnessTracker>();
        return builder;
    }
}
