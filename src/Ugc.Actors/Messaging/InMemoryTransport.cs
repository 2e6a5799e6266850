using Ugc.Actors.Placement;

namespace Ugc.Actors.Messaging;

/// <summary>A silo's connection to an <see cref="InMemoryNetwork"/>.</summary>
public sealed class InMemoryTransport(InMemoryNetwork network) : IMessageTransport
{
    private SiloAddress? _local;

    public Task StartAsync(SiloAddress localSilo, Action<byte[]> onMessage, CancellationToken cancellationToken)
    {
        _local = localSilo;
        network.Attach(localSilo, onMessage);
        return Task.CompletedTask;
    }

    public void Send(SiloAddress target, byte[] message) => network.Deliver(target, message);

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_local is not null)
        {
            network.Detach(_local);
        }

        return Task.CompletedTask;
    }
}
