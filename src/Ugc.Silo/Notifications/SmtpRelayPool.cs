using System.Collections.Concurrent;

namespace Ugc.Silo.Notifications;

/// <summary>
/// The connections of one relay: at most <see cref="SmtpRelayOptions.MaxConnections"/>, idle ones reused. Each relay
/// has its own pool, so a relay that hangs holds only the sends that go through it.
/// </summary>
internal sealed class SmtpRelayPool(SmtpRelayOptions relay) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, relay.MaxConnections));
    private readonly ConcurrentBag<SmtpConnection> _idle = [];

    public SmtpRelayOptions Relay { get; } = relay;

    /// <summary>Waits for a slot (at most the relay's timeout); false when none came free.</summary>
    public Task<bool> EnterAsync(CancellationToken cancellationToken) => _slots.WaitAsync(Relay.Timeout, cancellationToken);

    /// <summary>A live idle connection, or a new one (throws when the relay cannot be reached).</summary>
    public async Task<SmtpConnection> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var connection))
        {
            if (await connection.IsAliveAsync(cancellationToken).ConfigureAwait(false))
            {
                return connection;
            }

            connection.Dispose();
        }

        return await SmtpConnection.OpenAsync(Relay, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives back a connection (kept when still usable) and the slot.</summary>
    public void Leave(SmtpConnection? connection, bool reusable)
    {
        if (connection is not null)
        {
            if (reusable && connection.Client.IsConnected)
            {
                _idle.Add(connection);
            }
            else
            {
                connection.Dispose();
            }
        }

        _slots.Release();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }

        _slots.Dispose();
    }
}
