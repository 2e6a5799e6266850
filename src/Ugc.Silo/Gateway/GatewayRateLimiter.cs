using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ugc.Silo.Gateway;

/// <summary>Fixed-window limits per key and per author address, with the numbers for the <c>RateLimit-*</c> headers.</summary>
public sealed class GatewayRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perKey;
    private readonly PartitionedRateLimiter<string> _perIp;
    private readonly GatewayOptions _options;

    public GatewayRateLimiter(IOptions<GatewayOptions> options)
    {
        _options = options.Value;
        _perKey = Create(_options.KeyPermitLimit, _options.RateLimitWindow);
        _perIp = Create(_options.IpPermitLimit, _options.RateLimitWindow);
    }

    /// <summary>Takes one permit from the key's and the address's windows.</summary>
    public RateLimitOutcome Acquire(string? key, string address)
    {
        using var ipLease = _perIp.AttemptAcquire("ip:" + address);
        var ipRemaining = Remaining(_perIp, "ip:" + address);
        if (!ipLease.IsAcquired)
        {
            return new(false, _options.IpPermitLimit, 0);
        }

        if (string.IsNullOrEmpty(key))
        {
            return new(true, _options.IpPermitLimit, ipRemaining);
        }

        using var keyLease = _perKey.AttemptAcquire("key:" + key);
        var keyRemaining = Remaining(_perKey, "key:" + key);
        return keyLease.IsAcquired ? new(true, _options.KeyPermitLimit, keyRemaining) : new(false, _options.KeyPermitLimit, 0);
    }

    public void Dispose()
    {
        _perKey.Dispose();
        _perIp.Dispose();
    }

    private static long Remaining(PartitionedRateLimiter<string> limiter, string partition) =>
        limiter.GetStatistics(partition)?.CurrentAvailablePermits ?? 0;

    private static PartitionedRateLimiter<string> Create(int limit, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetFixedWindowLimiter(partition, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0, AutoReplenishment = true }));
}

/// <summary>Whether a request may go on, and what the <c>RateLimit-Limit</c>/<c>RateLimit-Remaining</c> headers say.</summary>
public readonly record struct RateLimitOutcome(bool Allowed, int Limit, long Remaining);
