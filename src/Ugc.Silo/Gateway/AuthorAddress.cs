using System.Collections.Concurrent;
using System.Net;

namespace Ugc.Silo.Gateway;

/// <summary>
/// The author's address: the connection's, or the first <c>X-Forwarded-For</c> entry when the connection comes from a
/// trusted proxy (loopback or a configured address), so velocity limits never apply to the proxy itself.
/// </summary>
public static class AuthorAddress
{
    private const int MaxRemembered = 10_000;

    // Connections come back from the same few addresses: their text is made once, not per request.
    private static readonly ConcurrentDictionary<IPAddress, string> s_texts = new();

    public static string Resolve(HttpContext context, GatewayOptions options)
    {
        var remote = context.Connection.RemoteIpAddress;
        var trusted = remote is null || IPAddress.IsLoopback(remote)
            || options.TrustedProxies.Any(p => IPAddress.TryParse(p, out var proxy) && proxy.Equals(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote));
        if (trusted && FirstForwarded(context) is { } forwarded)
        {
            return forwarded;
        }

        return remote is null ? "127.0.0.1" : Text(remote);
    }

    private static string Text(IPAddress remote)
    {
        if (s_texts.TryGetValue(remote, out var text))
        {
            return text;
        }

        if (s_texts.Count >= MaxRemembered)
        {
            s_texts.Clear();
        }

        return s_texts[remote] = (remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote).ToString();
    }

    private static string? FirstForwarded(HttpContext context)
    {
        var values = context.Request.Headers["X-Forwarded-For"];
        if (values.Count == 0)
        {
            return null;
        }

        var header = values.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var first = header.Split(',')[0].Trim();
        return IPAddress.TryParse(first, out var address) ? address.ToString() : null;
    }
}
