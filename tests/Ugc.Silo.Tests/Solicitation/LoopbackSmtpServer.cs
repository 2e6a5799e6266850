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

    /// <param name="refuseFirst">Messages to refuse with 451 before accepting.</param>
    /// <param name="hold">Never answer the end of a message (the sender cannot know whether it was taken).</param>
    public LoopbackSmtpServer(int refuseFirst = 0, bool hold = false)
    {
        Port = FreePorts.Next();
        _store = new Store(refuseFirst, hold, _stop.Token);
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

    /// <summary>Messages received and held without an answer.</summary>
    public int Held => _store.HeldCount;

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

    private sealed class Store(int refuseFirst, bool hold, CancellationToken stop) : MessageStore
    {
        private int _refusals = refuseFirst;
        private int _refused;
        private int _held;

        public int HeldCount => Volatile.Read(ref _held);

        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();

        public int RefusedCount => Volatile.Read(ref _refused);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (hold)
            {
                Interlocked.Increment(ref _held);
                await Task.Delay(Timeout.Infinite, stop).ContinueWith(_ => { }, TaskScheduler.Default);
                return new SmtpResponse(SmtpReplyCode.Aborted, "held");
            }

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
