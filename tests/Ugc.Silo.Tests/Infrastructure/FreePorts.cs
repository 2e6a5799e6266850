using System.Net;
using System.Net.Sockets;

namespace Ugc.Silo.Tests.Infrastructure;

/// <summary>Free loopback ports, so hosts started side by side in one test run get silo and gateway ports of their own.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The configuration settings that give a host its own silo and gateway ports.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> SiloSettings() =>
    [
        new("Ugc:Cluster:SiloPort", Next().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Ugc:Cluster:GatewayPort", Next().ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
