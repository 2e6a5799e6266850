using System.Diagnostics;

namespace Ugc.Bench;

/// <summary>Runs an async operation from N concurrent workers for a fixed time and measures throughput, latency and allocation.</summary>
internal static class Harness
{
    public static async Task<Measurement> MeasureAsync(string name, int concurrency, TimeSpan duration, Func<int, Task> operation)
    {
        // Warm up: JIT, tiering and first activations happen outside the measured window.
        await RunAsync(concurrency, TimeSpan.FromMilliseconds(Math.Min(500, duration.TotalMilliseconds / 2)), operation, sample: false);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (ops, latencies, elapsed) = await RunAsync(concurrency, duration, operation, sample: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        latencies.Sort();
        return new Measurement(name, concurrency, ops / elapsed.TotalSeconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), ops == 0 ? 0 : allocated / ops);
    }

    private static async Task<(long Ops, List<double> Latencies, TimeSpan Elapsed)> RunAsync(int concurrency, TimeSpan duration, Func<int, Task> operation, bool sample)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perWorker = new List<double>[concurrency];
        var counts = new long[concurrency];
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var latencies = perWorker[w] = new List<double>(1 << 16);
            long n = 0;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var t0 = Stopwatch.GetTimestamp();
                await operation(w);
                // Sampling every 16th call keeps the latency list from dominating allocation figures.
                if (sample && (n & 15) == 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
                }

                n++;
            }

            counts[w] = n;
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return (counts.Sum(), perWorker.SelectMany(l => l).ToList(), elapsed);
    }

    private static double Percentile(List<double> sorted, double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
}
