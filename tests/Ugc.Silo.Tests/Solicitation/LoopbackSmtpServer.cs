using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Solicitation;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 and a free port, keeping what it receives; it can refuse
/// messages with a transient 451 a given number of times first.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly Store _store;

    public LoopbackSmtpServer(int refuseFirst = 0)
    {
        Port = FreePorts.Next();
        _store = new Store(refuseFirst);
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Messages accepted, in arrival order.</summary>
    public IReadOnlyList<MimeMessage> Messages => [.. _store.Accepted];

    /// <summary>Messages refused with 451.</summary>
    public int Refused => _store.RefusedCount;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // Stopping is all that matters here.
        }

        _stop.Dispose();
    }

    private sealed class Store(int refuseFirst) : MessageStore
    {
        private int _refusals = refuseFirst;
        private int _refused;

        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();

        public int RefusedCount => Volatile.Read(ref _refused);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _refusals) >= 0)
            {
                Interlocked.Increment(ref _refused);
                return new SmtpResponse(SmtpReplyCode.Aborted, "try again later");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            Accepted.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
