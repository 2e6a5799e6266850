using Ugc.Actors.Membership;
using Ugc.Actors.Placement;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Hosting;

/// <summary>What health checks, the dashboard and tests may read of a running silo.</summary>
public interface ISiloStatus
{
    /// <summary>This silo's address.</summary>
    SiloAddress Address { get; }

    /// <summary>Whether the silo is running and accepting calls.</summary>
    bool IsRunning { get; }

    /// <summary>The current membership view.</summary>
    MembershipView View { get; }

    /// <summary>Live activations on this silo.</summary>
    int ActivationCount { get; }

    /// <summary>Calls awaiting a response from this silo's callers.</summary>
    int PendingCallCount { get; }

    /// <summary>Live activations per grain type.</summary>
    IReadOnlyDictionary<string, int> ActivationsByType { get; }

    /// <summary>Per grain type and method statistics of calls received by this silo.</summary>
    IReadOnlyList<GrainMethodStatistics> MethodStatistics { get; }

    /// <summary>Whether this silo holds an activation of the grain.</summary>
    bool HasActivation(GrainId grainId);
}

/// <summary>A grain method's call statistics on one silo.</summary>
public sealed record GrainMethodStatistics(string GrainType, string Interface, string Method, Diagnostics.MethodStatistics Statistics);

internal sealed class SiloStatusView(SiloRuntime runtime) : ISiloStatus
{
    public SiloAddress Address => runtime.Address;

    public bool IsRunning => runtime.Lifecycle == SiloLifecycle.Running;

    public MembershipView View => runtime.View;

    public int ActivationCount => runtime.Catalog.Count;

    public int PendingCallCount => runtime.Pending.Count;

    public IReadOnlyDictionary<string, int> ActivationsByType => runtime.Registry.Classes.ToDictionary(c => c.TypeName, c => c.ActivationCount);

    public IReadOnlyList<GrainMethodStatistics> MethodStatistics =>
    [
        .. runtime.Registry.Classes.SelectMany(c => c.MethodStatistics
            .Select(m => new GrainMethodStatistics(c.TypeName, m.Method.InterfaceName, m.Method.Name, m.Statistics))),
    ];

    public bool HasActivation(GrainId grainId) => runtime.Catalog.TryGet(grainId, out var activation) && activation.IsActive;
}
