using Microsoft.Extensions.DependencyInjection;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Hosting;

/// <summary>Configures a silo: its grains, storage, clustering and options.</summary>
public interface ISiloBuilder
{
    /// <summary>The host's services.</summary>
    IServiceCollection Services { get; }

    /// <summary>The grain classes the silo hosts.</summary>
    GrainTypeRegistry Registry { get; }
}

internal sealed class SiloBuilder(IServiceCollection services, GrainTypeRegistry registry) : ISiloBuilder
{
    public IServiceCollection Services { get; } = services;

    public GrainTypeRegistry Registry { get; } = registry;
}
