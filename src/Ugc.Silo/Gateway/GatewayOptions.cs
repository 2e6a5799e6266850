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

    /// <summary><c>Cache-Control: max-age</c> of display responses.</summary>
    /// <value>The default is 5 s.</value>
    public int CacheSeconds { get; set; } = 5;

    /// <summary>The moderation delay promised to shoppers (<c>TypicalHoursToPost</c>).</summary>
    /// <value>The default is 24.</value>
    public int TypicalHoursToPost { get; set; } = 24;
}
