using System.Collections.Concurrent;

namespace Ugc.Actors.Sql.Tests.Runtime.Grains;

/// <summary>What consumer and reminder grains saw, keyed by a name unique per test, for the test to read.</summary>
public static class Deliveries
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<(int Number, long Token)>> s_events = new();
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> s_log = new();
    private static readonly ConcurrentDictionary<string, int> s_attempts = new();

    public static void Add(string key, int number, long token) => s_events.GetOrAdd(key, _ => new()).Enqueue((number, token));

    public static IReadOnlyList<int> Numbers(string key) => s_events.TryGetValue(key, out var q) ? [.. q.Select(e => e.Number)] : [];

    public static IReadOnlyList<long> Tokens(string key) => s_events.TryGetValue(key, out var q) ? [.. q.Select(e => e.Token)] : [];

    /// <summary>Counts a delivery attempt of one event and returns the count so far.</summary>
    public static int Attempt(string key, int number) => s_attempts.AddOrUpdate($"{key}#{number}", 1, (_, n) => n + 1);

    public static int Attempts(string key, int number) => s_attempts.GetValueOrDefault($"{key}#{number}");

    public static void Log(string key, string entry) => s_log.GetOrAdd(key, _ => new()).Enqueue(entry);

    public static IReadOnlyList<string> Entries(string key) => s_log.TryGetValue(key, out var q) ? [.. q] : [];
}
