using System.Globalization;
using Ugc.Grains.Moderation;

namespace Ugc.Grains.Solicitation;

/// <summary>Bucket keys: <c>clientId/yyyyMMdd/shard</c>, the UTC day of the wake-up and a shard by order id.</summary>
public static class BucketKey
{
    public static string For(string clientId, string orderId, DateTimeOffset wakeAt, int shards) =>
        $"{clientId}/{wakeAt.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}/{Fnv1a64.Hash(orderId) % (ulong)Math.Max(1, shards)}";

    /// <summary>The client id and UTC day of a key.</summary>
    public static (string ClientId, DateOnly Day) Parse(string key)
    {
        var parts = key.Split('/');
        return (parts[0], DateOnly.ParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture));
    }
}
