using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// Signs and verifies link tokens (<c>payload.mac</c>, base64url, HMAC-SHA256 truncated to 128 bits) and builds the
/// public URLs of review and unsubscribe links.
/// </summary>
public sealed class SolicitationLinks(SolicitationKeys keys, IOptions<SolicitationOptions> options)
{
    /// <summary>The parameter that carries a review token on <c>submitreview.json</c> and the client's review page.</summary>
    public const string TokenParameter = "solicitationtoken";

    private const int MacBytes = 16;
    private const int MaxTokenLength = 1024;

    public string Sign(LinkToken token)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(
            token.Kind == LinkKind.Review ? "r" : "u", token.ClientId, token.OrderId, token.ProductId, token.RecipientId, token.ExpiresAt.ToUnixTimeSeconds()));
        var mac = HMACSHA256.HashData(keys.Links, payload).AsSpan(0, MacBytes);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>The token's contents when its signature holds (expired or not: the caller decides), else null.</summary>
    public LinkToken? Read(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxTokenLength)
        {
            return null;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(text.AsSpan(0, dot));
            var mac = Base64Url.DecodeFromChars(text.AsSpan(dot + 1));
            var expected = HMACSHA256.HashData(keys.Links, payload).AsSpan(0, MacBytes);
            if (!CryptographicOperations.FixedTimeEquals(mac, expected))
            {
                return null;
            }

            var p = JsonSerializer.Deserialize<Payload>(payload);
            return p is null || p.C is null || p.O is null || p.R is null ? null : new LinkToken(
                p.K == "u" ? LinkKind.Unsubscribe : LinkKind.Review, p.C, p.O, p.P ?? "", p.R, DateTimeOffset.FromUnixTimeSeconds(p.E));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The review link of a product: our click-counting redirect.</summary>
    public string ReviewUrl(LinkToken token) => $"{Base}/solicitation/r/{Sign(token)}";

    /// <summary>The unsubscribe page and one-click (RFC 8058) endpoint.</summary>
    public string UnsubscribeUrl(LinkToken token) => $"{Base}/solicitation/unsubscribe/{Sign(token)}";

    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');

    private sealed record Payload(string K, string C, string O, string? P, string R, long E);
}
