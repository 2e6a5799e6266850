using MailKit.Net.Smtp;
using MailKit.Security;

namespace Ugc.Silo.Notifications;

/// <summary>An open, authenticated connection to a relay.</summary>
internal sealed class SmtpConnection(SmtpClient client) : IDisposable
{
    public SmtpClient Client { get; } = client;

    public static async Task<SmtpConnection> OpenAsync(SmtpRelayOptions relay, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)Math.Min(int.MaxValue, relay.Timeout.TotalMilliseconds) };
        try
        {
            var security = !relay.UseTls ? SecureSocketOptions.None : relay.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(relay.Host!, relay.Port, security, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(relay.User))
            {
                await client.AuthenticateAsync(relay.User, relay.Password ?? "", cancellationToken).ConfigureAwait(false);
            }

            return new SmtpConnection(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Whether a pooled connection still answers (relays close idle connections).</summary>
    public async Task<bool> IsAliveAsync(CancellationToken cancellationToken)
    {
        if (!Client.IsConnected)
        {
            return false;
        }

        try
        {
            await Client.NoOpAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or SmtpCommandException or SmtpProtocolException or OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => Client.Dispose();
}
