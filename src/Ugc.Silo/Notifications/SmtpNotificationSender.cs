using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Notifications;

namespace Ugc.Silo.Notifications;

/// <summary>
/// Solicitation e-mail over SMTP (MailKit), one connection pool per relay. Failures are classified for the order's
/// at-most-once ledger: anything before the message is handed over (connect, authentication, a 4xx reply) is transient,
/// a 5xx reply permanent, and a connection lost while the message is being handed over uncertain.
/// </summary>
public sealed partial class SmtpNotificationSender(IOptions<SmtpOptions> options, NotificationMetrics metrics, ILogger<SmtpNotificationSender> logger)
    : INotificationSender, IDisposable
{
    private readonly ConcurrentDictionary<string, SmtpRelayPool> _pools = new(StringComparer.OrdinalIgnoreCase);

    public SolicitationChannel Channel => SolicitationChannel.Email;

    public async Task<DeliveryResult> SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var relayName = message.Relay ?? "";
        if (options.Value.Relay(message.Relay) is not { } relay)
        {
            return new DeliveryResult(DeliveryStatus.Transient, $"relay '{relayName}' is not configured");
        }

        if ((message.From ?? relay.From) is not { Length: > 0 } from)
        {
            return new DeliveryResult(DeliveryStatus.Permanent, "no From address (settings fromAddress or Ugc:Notifications:Smtp:From)");
        }

        var pool = _pools.GetOrAdd(relayName, _ => new SmtpRelayPool(relay));
        if (!await pool.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            return Record(relayName, new DeliveryResult(DeliveryStatus.Transient, "relay busy"));
        }

        SmtpConnection? connection = null;
        var reusable = false;
        var started = Stopwatch.GetTimestamp();
        try
        {
            try
            {
                connection = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpCommandException or SmtpProtocolException
                or AuthenticationException or SslHandshakeException or OperationCanceledException or TimeoutException)
            {
                LogUnreachable(logger, relayName, message.ClientId, ex.GetType().Name, ex.Message);
                return Record(relayName, new DeliveryResult(DeliveryStatus.Transient, "connect: " + ex.GetType().Name));
            }

            using var mime = MimeMessageFactory.Create(message, from);
            try
            {
                await connection.Client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
                reusable = true;
                metrics.RecordSendTime(Channel, Stopwatch.GetElapsedTime(started));
                return Record(relayName, DeliveryResult.Delivered);
            }
            catch (SmtpCommandException ex)
            {
                // A reply: the relay did not take the message. 4xx says try later, 5xx says never.
                reusable = connection.Client.IsConnected;
                var status = (int)ex.StatusCode is >= 400 and < 500 ? DeliveryStatus.Transient : DeliveryStatus.Permanent;
                LogRefused(logger, relayName, message.ClientId, (int)ex.StatusCode, ex.Message);
                return Record(relayName, new DeliveryResult(status, $"{(int)ex.StatusCode} {ex.ErrorCode}"));
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException or OperationCanceledException or TimeoutException or ServiceNotConnectedException)
            {
                LogLost(logger, relayName, message.ClientId, ex.GetType().Name);
                return Record(relayName, new DeliveryResult(DeliveryStatus.Uncertain, "lost: " + ex.GetType().Name));
            }
        }
        finally
        {
            pool.Leave(connection, reusable);
        }
    }

    public void Dispose()
    {
        foreach (var pool in _pools.Values)
        {
            pool.Dispose();
        }
    }

    private DeliveryResult Record(string relay, DeliveryResult result)
    {
        metrics.RecordDelivery(Channel, result.Status, relay);
        return result;
    }

    [LoggerMessage(EventId = 2801, Level = LogLevel.Warning, Message = "Relay '{Relay}' (client {ClientId}) unreachable: {Error}: {Detail}")]
    private static partial void LogUnreachable(ILogger logger, string relay, string clientId, string error, string detail);

    [LoggerMessage(EventId = 2802, Level = LogLevel.Information, Message = "Relay '{Relay}' (client {ClientId}) refused a message: {Status} {Detail}")]
    private static partial void LogRefused(ILogger logger, string relay, string clientId, int status, string detail);

    [LoggerMessage(EventId = 2803, Level = LogLevel.Warning, Message = "Relay '{Relay}' (client {ClientId}): connection lost while sending ({Error}); the message may have gone out")]
    private static partial void LogLost(ILogger logger, string relay, string clientId, string error);
}
