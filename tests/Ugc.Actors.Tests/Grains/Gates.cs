using System.Collections.Concurrent;

namespace Ugc.Actors.Tests.Grains;

/// <summary>Test-controlled gates and logs that grains wait on and write to, keyed by a name unique per test.</summary>
public static class Gates
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> s_gates = new();
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> s_logs = new();

    public static TaskCompletionSource Get(string name) =>
        s_gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public static void Open(string name) => Get(name).TrySetResult();

    public static void Log(string name, string entry) => s_logs.GetOrAdd(name, _ => new ConcurrentQueue<string>()).Enqueue(entry);

    public static IReadOnlyList<string> Entries(string name) => s_logs.TryGetValue(name, out var log) ? [.. log] : [];
}
