using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ugc.Actors.Hosting;
using Ugc.Actors.Placement;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Testing;

/// <summary>One silo of a <see cref="TestCluster"/>, with its own host and services.</summary>
public sealed class TestSilo
{
    internal TestSilo(int index, IHost host)
    {
        Index = index;
        Host = host;
        Status = host.Services.GetRequiredService<ISiloStatus>();
        GrainFactory = host.Services.GetRequiredService<IGrainFactory>();
        Runtime = host.Services.GetRequiredService<SiloRuntime>();
    }

    public int Index { get; }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public ISiloStatus Status { get; }

    public SiloAddress Address => Status.Address;

    /// <summary>References bound to this silo: calls leave from here.</summary>
    public IGrainFactory GrainFactory { get; }

    public bool IsRunning => Status.IsRunning;

    internal SiloRuntime Runtime { get; }

    public override string ToString() => $"silo {Index} ({Address})";
}
