using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Ugc.Testing;

/// <summary>Free TCP ports on 127.0.0.1 for test servers and silos.</summary>
public static class FreePorts
{
    private static readonly ConcurrentDictionary<int, byte> Handed = new();

    /// <summary>
    /// A port the operating system reports free on the loopback interface, never the same twice in this process
    /// (two silos asking at once must not get one port).
    /// </summary>
    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (Handed.TryAdd(port, 0))
            {
                return port;
            }
        }
    }
}
