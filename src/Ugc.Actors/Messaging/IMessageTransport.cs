using Ugc.Actors.Placement;

namespace Ugc.Actors.Messaging;

/// <summary>
/// Moves encoded messages between silos. The in-memory transport serves tests; a TCP transport serves real
/// clusters. The runtime encodes and decodes; a transport only frames and delivers bytes.
/// </summary>
public interface IMessageTransport
{
    /// <summary>Starts receiving; every message that arrives for <paramref name="localSilo"/> goes to <paramref name="onMessage"/>.</summary>
    Task StartAsync(SiloAddress localSilo, Action<byte[]> onMessage, CancellationToken cancellationToken);

    /// <summary>Sends a message; throws <see cref="SiloUnavailableException"/> at once when the target cannot be reached.</summary>
    void Send(SiloAddress target, byte[] message);

    /// <summary>Stops receiving and closes connections.</summary>
    Task StopAsync(CancellationToken cancellationToken);
}
