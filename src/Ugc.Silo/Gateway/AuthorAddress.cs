using System.Net;

namespace Ugc.Silo.Gateway;

/// <summary>
/// The author's address: the connection's, or the first <c>X-Forwarded-For</c> entry when the connection comes from a
/// trusted proxy (loopback or a configured address), so velocity limits never apply to the proxy itself.
/// </summary>
public static class AuthorAddress
{
    public static string Resolve(HttpContext context, GatewayOptions options)
    {
        var remote = context.Connection.RemoteIpAddress;
        var trusted = remote is null || IPAddress.IsLoopback(remote)
            || options.TrustedProxies.Any(p => IPAddress.TryParse(p, out var proxy) && proxy.Equals(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote));
        if (trusted && FirstForwarded(context) is { } forwarded)
        {
            return forwarded;
        }

        return (remote?.IsIPv4MappedToIPv6 == true ? remote.MapToIPv4() : remote)?.ToString() ?? "127.0.0.1";
    }

    private static string? FirstForwarded(HttpContext context)
    {
        var header = context.Request.Headers["X-Forwarded-For"].ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var first = header.Split(',')[0].Trim();
        return IPAddress.TryParse(first, out var address) ? address.ToString() : null;
    }
}
