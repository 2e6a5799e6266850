namespace Ugc.Grains.Solicitation;

/// <summary>How the silo runs review solicitation; bound from <c>Ugc:Solicitation</c>.</summary>
public sealed class SolicitationOptions
{
    public const string SectionName = "Ugc:Solicitation";

    /// <summary>
    /// The public address review and unsubscribe links point to (the gateway as shoppers reach it).
    /// </summary>
    /// <value>The default is <c>http://127.0.0.1:5080</c>.</value>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// The secret (base64 of 32 random bytes) that seals transactions' personal data and signs links. Every silo of a
    /// cluster needs the same one; the embedded default generates one under its data directory.
    /// </summary>
    /// <value>The default is none: the host generates or requires one.</value>
    public string? Key { get; set; }

    /// <summary>How often each client's scheduler looks for due orders (its reminder period).</summary>
    /// <value>The default is 1 minute.</value>
    public TimeSpan DispatchPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Buckets per client and day: orders are spread over them by order id, so each bucket's state (rewritten whole on
    /// every change) stays small. Size it so a large client's orders per day divided by it stay under about 10,000.
    /// </summary>
    /// <value>The default is 16.</value>
    public int Shards { get; set; } = 16;

    /// <summary>Orders a bucket sends at once.</summary>
    /// <value>The default is 4.</value>
    public int DispatchParallelism { get; set; } = 4;

    /// <summary>Most orders one bucket handles in one round (the rest wait for the next tick).</summary>
    /// <value>The default is 500.</value>
    public int MaxPerRound { get; set; } = 500;

    /// <summary>Transient failures in a row after which a bucket stops its round and waits (the relay is down).</summary>
    /// <value>The default is 3.</value>
    public int PauseAfterFailures { get; set; } = 3;

    /// <summary>The first retry delay after a transient failure; each further attempt doubles it, up to 6 hours.</summary>
    /// <value>The default is 5 minutes.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Send attempts of one order before it fails for good.</summary>
    /// <value>The default is 6.</value>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Orders intake stores at once per batch.</summary>
    /// <value>The default is 64.</value>
    public int IntakeParallelism { get; set; } = 64;

    /// <summary>The delay before the <paramref name="attempt"/>th retry.</summary>
    public TimeSpan Backoff(int attempt) =>
        TimeSpan.FromTicks(Math.Min(RetryDelay.Ticks * (1L << Math.Clamp(attempt - 1, 0, 20)), TimeSpan.FromHours(6).Ticks));
}
