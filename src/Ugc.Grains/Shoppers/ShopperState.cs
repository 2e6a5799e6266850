using Ugc.Grains.Velocity;

namespace Ugc.Grains.Shoppers;

/// <summary>Persisted state of <see cref="ShopperGrain"/>. The e-mail is private: it never leaves the grain but for velocity keys.</summary>
[GenerateSerializer, Alias("ugc.state.shopper-state")]
public sealed class ShopperState
{
    [Id(0)]
    public string? Nickname { get; set; }

    [Id(1)]
    public string? Email { get; set; }

    [Id(2)]
    public string? Location { get; set; }

    [Id(3)]
    public DateTimeOffset? FirstSeen { get; set; }

    [Id(4)]
    public List<string> ContentIds { get; set; } = [];

    /// <summary>Reviews written per product.</summary>
    [Id(5)]
    public Dictionary<string, int> ReviewsByProduct { get; set; } = new(StringComparer.Ordinal);

    [Id(6)]
    public SlidingWindowState? Submissions { get; set; }
}
