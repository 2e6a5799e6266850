using System.Globalization;
using Ugc.Bench.Storage;

namespace Ugc.Bench.Http;

/// <summary>
/// Submissions from 8 and 64 clients against the same database's single-row INSERT baseline with as many clients,
/// alternating: acknowledged submissions/s, ack latency, and the sampled submit-to-visible lag.
/// </summary>
internal static class WriteScenarios
{
    /// <summary>The baseline row's payload: about what one stored review submission weighs.</summary>
    public const int RowBytes = 1024;

    private static readonly int[] s_clients = [8, 64];

    public static async Task RunAsync(Report report, HttpBenchOptions options, string database, ChildServer host, string token, string key,
        IReadOnlyList<string> products, ReviewTexts texts, SingleRowInsertBaseline inserts, int? databaseProcessId)
    {
        var rows = new List<string[]>();
        var notes = new List<string>();
        var duration = options.Duration;
        // Warm-up: JIT and first activations of the path, outside the measured runs.
        await SubmissionLoad.RunAsync(host.BaseAddress, token, key, products, texts, 8, TimeSpan.FromSeconds(options.Quick ? 1 : 3), $"warm-{database}");
        foreach (var clients in s_clients)
        {
            var baselines = new List<Measurement>();
            var subjects = new List<SubmissionMeasurement>();
            var cpu = new List<(double Host, double Database)>();
            for (var round = 0; round < options.Rounds; round++)
            {
                async Task BaselineAsync()
                {
                    var load = LoadAverage.Text();
                    var m = await Harness.MeasureAsync($"{database} single-row INSERT", clients, duration, inserts.InsertAsync);
                    baselines.Add(m);
                    rows.Add([$"{database} single-row INSERT ({inserts.PayloadBytes} B), autocommit", Count(clients), (round + 1).ToString(CultureInfo.InvariantCulture),
                        Format(m.OpsPerSecond, "N0"), Format(m.P50Microseconds / 1000, "F2"), Format(m.P99Microseconds / 1000, "F2"), "", "", load]);
                }

                async Task SubjectAsync()
                {
                    var load = LoadAverage.Text();
                    (TimeSpan Host, TimeSpan Database) CpuNow() =>
                        (ProcessCpu.OfTree(host.ProcessId), databaseProcessId is { } db ? ProcessCpu.OfTree(db) : TimeSpan.Zero);
                    var before = CpuNow();
                    var m = await SubmissionLoad.RunAsync(host.BaseAddress, token, key, products, texts, clients, duration, $"{database}-{clients}-{round}");
                    // Until the run's last tracked submissions are visible: acknowledging and moderating what it posted.
                    var after = CpuNow();
                    cpu.Add(((after.Host - before.Host).TotalMilliseconds / Math.Max(1, m.Accepted), (after.Database - before.Database).TotalMilliseconds / Math.Max(1, m.Accepted)));
                    subjects.Add(m);
                    rows.Add([$"{database} host: POST submitreview.json, acknowledged", Count(clients), (round + 1).ToString(CultureInfo.InvariantCulture),
                        Format(m.AcceptedPerSecond, "N0"), Format(m.AckP50Microseconds / 1000, "F2"), Format(m.AckP99Microseconds / 1000, "F2"),
                        $"{m.LagP50Milliseconds:F0} / {m.LagP95Milliseconds:F0} / {m.LagP99Milliseconds:F0} ({m.LagSamples} samples, {m.NeverVisible} not shown)",
                        $"{m.Refused}", load]);
                    if (m.LastRefusal is { } refusal)
                    {
                        notes.Add($"{database}, {clients} clients: {m.Refused} refused; last answer: {refusal[..Math.Min(400, refusal.Length)]}");
                    }
                }

                if (round % 2 == 0)
                {
                    await BaselineAsync();
                    await SubjectAsync();
                }
                else
                {
                    await SubjectAsync();
                    await BaselineAsync();
                }
            }

            notes.Add($"{database}, {clients} clients: acknowledged submissions / single-row INSERTs = " +
                $"**{subjects.Average(s => s.AcceptedPerSecond) / baselines.Average(b => b.OpsPerSecond):F2}x**; ack p99 worst round " +
                $"{subjects.Max(s => s.AckP99Microseconds) / 1000:F1} ms; submit-to-visible p95 worst round {subjects.Max(s => s.LagP95Milliseconds):F0} ms; " +
                $"CPU per acknowledged submission (acknowledging and moderating it) {cpu.Average(c => c.Host):F1} ms in the host" +
                (databaseProcessId is null ? "" : $", {cpu.Average(c => c.Database):F1} ms in {database}"));
        }

        report.Table($"Submissions on {database}: {duration.TotalSeconds:F0} s per run",
            ["case", "clients", "round", "ops/s", "p50 ms", "p99 ms", "submit-to-visible p50 / p95 / p99 ms", "refused", "load avg"], rows);
        foreach (var note in notes)
        {
            report.Note(note);
        }
    }

    private static string Count(int clients) => clients.ToString(CultureInfo.InvariantCulture);

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
