namespace Ugc.Silo.Gateway;

/// <summary>Limits and caching of the public gateway; bound from <c>Ugc:Gateway</c>.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Ugc:Gateway";

    /// <summary>Requests one key may make per window.</summary>
    /// <value>The default is 6000.</value>
    public int KeyPermitLimit { get; set; } = 6000;

    /// <summary>Requests one author address may make per window.</summary>
    /// <value>The default is 3000.</value>
    public int IpPermitLimit { get; set; } = 3000;

    /// <summary>The rate limit window.</summary>
    /// <value>The default is 1 minute.</value>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Addresses besides loopback whose <c>X-Forwarded-For</c> is trusted.</summary>
    /// <value>The default is none.</value>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>Largest request body of the content API.</summary>
    /// <value>The default is 1 MiB.</value>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// <c>Cache-Control: max-age</c> of display responses, and the longest a cached answer of this gateway may lag a
    /// change it cannot see at once (a product active on another silo): past it, the cache asks the product grains
    /// for their versions before serving. 0 turns the gateway's cache off.
    /// </summary>
    /// <value>The default is 5 s.</value>
    public int CacheSeconds { get; set; } = 5;

    /// <summary>Most display answers the gateway keeps serialized; the least recently used go first.</summary>
    /// <value>The default is 20,000.</value>
    public int ResponseCacheEntries { get; set; } = 20_000;

    /// <summary>Most bytes of serialized display answers the gateway keeps.</summary>
    /// <value>The default is 256 MiB.</value>
    public long ResponseCacheBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// How long a key check is remembered. A revoked key stops working at once on the silo where its client's grain is
    /// active, and within this time on every other silo. 0 asks the client's grain on every request.
    /// </summary>
    /// <value>The default is 5 s.</value>
    public int KeyCacheSeconds { get; set; } = 5;

    /// <summary>Most key checks remembered (valid or not) before the memory is cleared.</summary>
    /// <value>The default is 100,000.</value>
    public int KeyCacheEntries { get; set; } = 100_000;

    /// <summary>The moderation delay promised to shoppers (<c>TypicalHoursToPost</c>).</summary>
    /// <value>The default is 24.</value>
    public int TypicalHoursToPost { get; set; } = 24;
}
