using Ugc.Grains.Velocity;

namespace Ugc.Grains.Shoppers;

/// <summary>Persisted state of <see cref="ShopperGrain"/>. The e-mail is private: it never leaves the grain but for velocity keys.</summary>
public sealed class ShopperState
{
    public string? Nickname { get; set; }

    public string? Email { get; set; }

    public string? Location { get; set; }

    public DateTimeOffset? FirstSeen { get; set; }

    public List<string> ContentIds { get; set; } = [];

    /// <summary>Reviews written per product.</summary>
    public Dictionary<string, int> ReviewsByProduct { get; set; } = new(StringComparer.Ordinal);

    public SlidingWindowState? Submissions { get; set; }
}
