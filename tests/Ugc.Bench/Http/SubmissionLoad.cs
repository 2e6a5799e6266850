using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Ugc.Grains.Classification;

namespace Ugc.Bench.Http;

/// <summary>
/// N shops' servers posting reviews as fast as the host acknowledges them, each client one request at a time, for a
/// fixed time. Ack latency is every request's; submit-to-visible lag is sampled: a few acknowledged reviews at a time
/// are polled (<c>Filter=Id</c> on their product) until a read shows them, lag measured from the acknowledgement.
/// </summary>
internal static class SubmissionLoad
{
    private const int Tracked = 8;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan VisibleTimeout = TimeSpan.FromSeconds(120);

    public static async Task<SubmissionMeasurement> RunAsync(
        Uri host, string operatorToken, string key, IReadOnlyList<string> products, ReviewTexts texts, int clients, TimeSpan duration, string tag)
    {
        using var api = new ContentApi(host, operatorToken, clients + Tracked);
        var latencies = new ConcurrentBag<List<double>>();
        var pending = new ConcurrentDictionary<string, (string Product, long AckedAt)>(StringComparer.Ordinal);
        var lags = new ConcurrentBag<double>();
        var accepted = 0L;
        var refused = 0L;
        string? lastRefusal = null;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        using var stopTracking = new CancellationTokenSource();
        var timedOut = new StrongBox<int>();
        var tracker = TrackAsync(api, key, pending, lags, timedOut, stopTracking.Token);
        var workers = Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
        {
            var random = new SplitMix64((ulong)(w + 1) * 7919 + (ulong)tag.GetHashCode(StringComparison.Ordinal));
            var mine = new List<double>(4096);
            latencies.Add(mine);
            for (var n = 0; Stopwatch.GetTimestamp() < stopAt; n++)
            {
                var product = products[random.Next(products.Count)];
                var rating = ReviewTexts.Rating(random);
                var user = $"{tag}-{w}-{n}";
                var form = ContentApi.Form(("Action", "Submit"), ("ProductId", product), ("Rating", rating.ToString(CultureInfo.InvariantCulture)),
                    ("Title", texts.Title(random)), ("ReviewText", texts.Text(random)), ("IsRecommended", rating >= 4 ? "true" : "false"),
                    ("UserId", user), ("UserNickname", user), ("UserEmail", $"{user}@example.com"), ("UserLocation", "Denver, CO"), ("Locale", "en_US"));
                var t0 = Stopwatch.GetTimestamp();
                var (id, answer) = await api.SubmitAsync("submitreview", key, form);
                var acked = Stopwatch.GetTimestamp();
                mine.Add(Stopwatch.GetElapsedTime(t0, acked).TotalMicroseconds);
                if (id is null)
                {
                    Interlocked.Increment(ref refused);
                    lastRefusal = answer;
                    continue;
                }

                Interlocked.Increment(ref accepted);
                if (pending.Count < Tracked)
                {
                    pending.TryAdd(id, (product, acked));
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);

        // The tracked ones of the last moments still have to become visible.
        var drain = Stopwatch.StartNew();
        while (!pending.IsEmpty && drain.Elapsed < VisibleTimeout)
        {
            await Task.Delay(PollInterval);
        }

        var invisible = pending.Count + timedOut.Value;
        await stopTracking.CancelAsync();
        await tracker;
        var all = latencies.SelectMany(l => l).Order().ToList();
        var lagList = lags.Order().ToList();
        return new SubmissionMeasurement(clients, accepted / elapsed.TotalSeconds, accepted, refused,
            Percentile(all, 0.50), Percentile(all, 0.99), lagList.Count, Percentile(lagList, 0.50), Percentile(lagList, 0.95), Percentile(lagList, 0.99),
            invisible, refused > 0 ? lastRefusal : null);
    }

    private static async Task TrackAsync(ContentApi api, string key,
        ConcurrentDictionary<string, (string Product, long AckedAt)> pending, ConcurrentBag<double> lags, StrongBox<int> timedOut, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await Task.WhenAll(pending.ToArray().Select(async entry =>
            {
                var (id, (product, ackedAt)) = (entry.Key, entry.Value);
                var body = await api.GetAsync($"/data/reviews.json?apiversion=5.4&passkey={key}&Filter=ProductId:{product}&Filter=Id:{id}");
                if (body.Contains("\"TotalResults\":1", StringComparison.Ordinal))
                {
                    lags.Add(Stopwatch.GetElapsedTime(ackedAt).TotalMilliseconds);
                    pending.TryRemove(id, out _);
                }
                else if (Stopwatch.GetElapsedTime(ackedAt) > VisibleTimeout)
                {
                    // Held for humans or rejected: it will not show; counted apart.
                    if (pending.TryRemove(id, out _))
                    {
                        Interlocked.Increment(ref timedOut.Value);
                    }
                }
            }));
            try
            {
                await Task.Delay(PollInterval, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static double Percentile(List<double> sorted, double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
}

/// <summary>One submission run: acknowledged/s, ack latency (µs), sampled submit-to-visible lag (ms).</summary>
internal sealed record SubmissionMeasurement(
    int Clients, double AcceptedPerSecond, long Accepted, long Refused, double AckP50Microseconds, double AckP99Microseconds,
    int LagSamples, double LagP50Milliseconds, double LagP95Milliseconds, double LagP99Milliseconds, int NeverVisible, string? LastRefusal);
