using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Ugc.Silo.Gateway;

/// <summary>
/// Fixed-window limits per key and per author address, with the numbers for the <c>RateLimit-*</c> headers. A window
/// opens at a partition's first request and lasts <see cref="GatewayOptions.RateLimitWindow"/>; the counters are plain
/// locked integers, so a request allocates nothing here once its key and address have been seen.
/// </summary>
public sealed class GatewayRateLimiter(IOptions<GatewayOptions> options, TimeProvider time)
{
    /// <summary>Partitions kept before expired windows are swept out.</summary>
    private const int SweepAbove = 100_000;

    private readonly ConcurrentDictionary<string, Window> _perKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Window> _perIp = new(StringComparer.Ordinal);
    private readonly GatewayOptions _options = options.Value;

    /// <summary>The <c>RateLimit-Limit</c> header value of keyed requests.</summary>
    public string KeyLimitHeader { get; } = options.Value.KeyPermitLimit.ToString(CultureInfo.InvariantCulture);

    /// <summary>The <c>RateLimit-Limit</c> header value of requests without a key.</summary>
    public string IpLimitHeader { get; } = options.Value.IpPermitLimit.ToString(CultureInfo.InvariantCulture);

    /// <summary>Takes one permit from the key's and the address's windows.</summary>
    public RateLimitOutcome Acquire(string? key, string address)
    {
        var now = time.GetTimestamp();
        var ipRemaining = Take(_perIp, address, _options.IpPermitLimit, now);
        if (ipRemaining < 0)
        {
            return new(false, _options.IpPermitLimit, 0);
        }

        if (string.IsNullOrEmpty(key))
        {
            return new(true, _options.IpPermitLimit, ipRemaining);
        }

        var keyRemaining = Take(_perKey, key, _options.KeyPermitLimit, now);
        return keyRemaining >= 0 ? new(true, _options.KeyPermitLimit, keyRemaining) : new(false, _options.KeyPermitLimit, 0);
    }

    /// <summary>Permits left after taking one, or -1 when none was left.</summary>
    private long Take(ConcurrentDictionary<string, Window> windows, string partition, int limit, long now)
    {
        if (!windows.TryGetValue(partition, out var window))
        {
            if (windows.Count >= SweepAbove)
            {
                Sweep(windows, now);
            }

            window = windows.GetOrAdd(partition, _ => new Window(now));
        }

        lock (window)
        {
            if (time.GetElapsedTime(window.Start, now) >= _options.RateLimitWindow)
            {
                window.Start = now;
                window.Used = 0;
            }

            if (window.Used >= limit)
            {
                return -1;
            }

            window.Used++;
            return limit - window.Used;
        }
    }

    private void Sweep(ConcurrentDictionary<string, Window> windows, long now)
    {
        foreach (var (partition, window) in windows)
        {
            if (time.GetElapsedTime(window.Start, now) >= _options.RateLimitWindow)
            {
                windows.TryRemove(partition, out _);
            }
        }
    }

    private sealed class Window(long start)
    {
        public long Start = start;
        public int Used;
    }
}

/// <summary>Whether a request may go on, and what the <c>RateLimit-Limit</c>/<c>RateLimit-Remaining</c> headers say.</summary>
public readonly record struct RateLimitOutcome(bool Allowed, int Limit, long Remaining);
