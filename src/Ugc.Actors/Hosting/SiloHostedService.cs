using Microsoft.Extensions.Hosting;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Hosting;

/// <summary>Starts the silo with the host and stops it gracefully (every activation deactivated) when the host stops.</summary>
internal sealed class SiloHostedService(SiloRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runtime.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync(cancellationToken);
}
