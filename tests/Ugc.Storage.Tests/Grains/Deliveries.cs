using System.Collections.Concurrent;

namespace Ugc.Storage.Tests.Grains;

/// <summary>
/// What the test grains saw, by key (stream key, reminder grain key), and which events a consumer refuses. Silos run
/// in the test process, so grains and tests share this; keys are unique per test.
/// </summary>
public static class Deliveries
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<int>> Seen = new();
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte>> Refused = new();
    private static readonly ConcurrentDictionary<string, TimeSpan> Delays = new();

    public static void Record(string key, int number) => Seen.GetOrAdd(key, _ => new()).Enqueue(number);

    public static IReadOnlyList<int> Of(string key) => Seen.TryGetValue(key, out var seen) ? seen.ToArray() : [];

    public static void Clear(string key) => Seen.TryRemove(key, out _);

    /// <summary>Makes the consumer of stream <paramref name="key"/> throw for event <paramref name="number"/> until <see cref="Accept"/>.</summary>
    public static void Refuse(string key, int number) => Refused.GetOrAdd(key, _ => new())[number] = 0;

    public static void Accept(string key, int number)
    {
        if (Refused.TryGetValue(key, out var numbers))
        {
            numbers.TryRemove(number, out _);
        }
    }

    public static bool IsRefused(string key, int number) => Refused.TryGetValue(key, out var numbers) && numbers.ContainsKey(number);

    /// <summary>Makes the consumer of stream <paramref name="key"/> take <paramref name="delay"/> over each event.</summary>
    public static void Slow(string key, TimeSpan delay) => Delays[key] = delay;

    public static TimeSpan DelayOf(string key) => Delays.GetValueOrDefault(key);
}
