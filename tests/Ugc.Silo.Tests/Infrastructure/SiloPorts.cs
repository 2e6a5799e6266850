using System.Globalization;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Infrastructure;

/// <summary>Silo and gateway ports of a host's own, so hosts started side by side in one test run never share them.</summary>
public static class SiloPorts
{
    /// <summary>The configuration settings that give a host its own free loopback silo and gateway ports.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Ugc:Cluster:SiloPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture)),
        new("Ugc:Cluster:GatewayPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture)),
    ];
}
