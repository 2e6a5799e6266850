using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// Server-side login sessions: the cookie carries a random id, never the token, so a stolen cookie expires and a
/// restart logs everyone out.
/// </summary>
public sealed class DashboardSessions(TimeProvider time, IOptions<DashboardOptions> options)
{
    public const string CookieName = "ugc_dashboard";
    private const int MaxSessions = 1000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    /// <summary>Opens a session and returns its id.</summary>
    public string Open()
    {
        var now = time.GetUtcNow();
        if (_expiries.Count >= MaxSessions)
        {
            Prune(now);
        }

        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _expiries[id] = now + options.Value.SessionLifetime;
        return id;
    }

    public bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || !_expiries.TryGetValue(id, out var expiry))
        {
            return false;
        }

        if (expiry > time.GetUtcNow())
        {
            return true;
        }

        _expiries.TryRemove(id, out _);
        return false;
    }

    public void Close(string? id)
    {
        if (id is not null)
        {
            _expiries.TryRemove(id, out _);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (id, expiry) in _expiries)
        {
            if (expiry <= now)
            {
                _expiries.TryRemove(id, out _);
            }
        }

        // Still full of live sessions: drop the oldest so a login always succeeds.
        foreach (var (id, _) in _expiries.OrderBy(p => p.Value).Take(Math.Max(0, _expiries.Count - MaxSessions + 1)))
        {
            _expiries.TryRemove(id, out _);
        }
    }
}
