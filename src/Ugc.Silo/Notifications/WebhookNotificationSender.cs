using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Notifications;

namespace Ugc.Silo.Notifications;

/// <summary>
/// The webhook channel: a JSON POST to the client's URL (an SMS or WhatsApp provider) with an <c>Idempotency-Key</c>.
/// 2xx is delivered; 408, 429 and 5xx, or a refused connection, transient; other 4xx permanent; a timeout or a connection
/// lost after the request went out uncertain.
/// </summary>
public sealed partial class WebhookNotificationSender(IHttpClientFactory clients, IOptions<WebhookOptions> options, NotificationMetrics metrics, ILogger<WebhookNotificationSender> logger)
    : INotificationSender
{
    /// <summary>The named HTTP client of webhook calls.</summary>
    public const string HttpClientName = "ugc-webhook";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public SolicitationChannel Channel => SolicitationChannel.Webhook;

    public async Task<DeliveryResult> SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Uri.TryCreate(message.WebhookUrl, UriKind.Absolute, out var url))
        {
            return new DeliveryResult(DeliveryStatus.Permanent, "no webhook URL");
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            message.MessageId, message.ClientId, message.OrderId, message.Locale,
            Recipient = new { Email = message.To, Name = message.ToName, message.Phone },
            message.Content.Subject, message.Content.Text, message.UnsubscribeUrl,
            Products = message.Products.Select(p => new { p.Id, p.Name, p.ImageUrl, p.ReviewUrl }),
        }, s_json);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Idempotency-Key", message.MessageId);
        if (options.Value.Secret is { Length: > 0 } secret)
        {
            request.Headers.Add("X-Ugc-Signature", "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)).ToLowerInvariant());
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        DeliveryResult result;
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            result = response.IsSuccessStatusCode ? DeliveryResult.Delivered
                : code is 408 or 429 or >= 500 ? new DeliveryResult(DeliveryStatus.Transient, $"http {code}")
                : new DeliveryResult(DeliveryStatus.Permanent, $"http {code}");
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException || ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            result = new DeliveryResult(DeliveryStatus.Transient, "connect: " + ex.HttpRequestError);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
        {
            result = new DeliveryResult(DeliveryStatus.Uncertain, "lost: " + ex.GetType().Name);
        }

        if (result.Status != DeliveryStatus.Delivered)
        {
            LogFailed(logger, message.ClientId, url.Host, result.Status, result.Reason ?? "");
        }

        metrics.RecordDelivery(Channel, result.Status, url.Host);
        return result;
    }

    [LoggerMessage(EventId = 2811, Level = LogLevel.Information, Message = "Webhook of client {ClientId} at {Host}: {Status} ({Reason})")]
    private static partial void LogFailed(ILogger logger, string clientId, string host, DeliveryStatus status, string reason);

}
