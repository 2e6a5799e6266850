namespace Ugc.Actors.Placement;

/// <summary>Where a silo listens, plus a generation that tells a restarted silo on the same endpoint from its predecessor.</summary>
public sealed record SiloAddress(string Host, int Port, long Generation)
{
    /// <summary>A stable hash of the whole address, for rendezvous placement.</summary>
    public ulong StableHash { get; } = StableHashing.Combine(StableHashing.Hash(Host), StableHashing.Mix((ulong)Port ^ ((ulong)Generation << 20)));

    /// <summary>The endpoint without the generation, as <c>host:port</c>.</summary>
    public string Endpoint => $"{Host}:{Port}";

    /// <summary>Parses <c>host:port@generation</c>.</summary>
    public static SiloAddress Parse(string value)
    {
        var at = value.LastIndexOf('@');
        var colon = value.LastIndexOf(':', at < 0 ? value.Length - 1 : at);
        if (at < 0 || colon < 0)
        {
            throw new FormatException($"'{value}' is not a silo address of the form host:port@generation.");
        }

        return new SiloAddress(value[..colon], int.Parse(value[(colon + 1)..at], System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(value[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public override string ToString() => $"{Host}:{Port}@{Generation}";
}
