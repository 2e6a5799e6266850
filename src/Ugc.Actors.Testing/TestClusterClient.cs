using Ugc.Actors.Runtime;

namespace Ugc.Actors.Testing;

/// <summary>
/// Calls from outside the cluster: each call enters through the first running silo, so references stay usable
/// when silos stop.
/// </summary>
internal sealed class TestClusterClient(TestCluster cluster) : IGrainCallInvoker
{
    public Task<TResult> InvokeAsync<TResult>(GrainId target, GrainMethod<TResult> method, object?[] arguments)
    {
        var gateway = cluster.Silos.FirstOrDefault(s => s.IsRunning)
            ?? throw new SiloUnavailableException("No silo of the test cluster is running.");
        return gateway.Runtime.InvokeAsync(target, method, arguments);
    }
}
