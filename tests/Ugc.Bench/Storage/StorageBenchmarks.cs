using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Streams;
using Ugc.Storage.Options;
using Ugc.Testing.Postgres;

namespace Ugc.Bench.Storage;

/// <summary>
/// Durable stream appends (single and batched), end-to-end delivery and grain state writes on PostgreSQL and SQLite,
/// against plain single-row INSERTs committed one by one on the same database in the same run.
/// </summary>
internal static class StorageBenchmarks
{
    private const int Concurrency = 64;
    private const int BatchSize = 100;

    public static async Task RunAsync(Report report, bool quick)
    {
        var duration = TimeSpan.FromSeconds(quick ? 1.5 : 5);
        if (PostgresBinaries.SkipReason is { } reason)
        {
            report.Note("PostgreSQL skipped: " + reason);
        }
        else
        {
            await using var server = await PostgresServer.StartAsync();
            report.Note("PostgreSQL: throwaway server from PostgresServer (fsync=off, synchronous_commit=off, full_page_writes=off), 127.0.0.1");
            await RunDatabaseAsync(report, UgcStorageProvider.Postgres, server.ConnectionString, duration, quick);
        }

        var folder = Path.Combine(Path.GetTempPath(), $"ugc-bench-{Guid.NewGuid():N}");
        try
        {
            report.Note("SQLite: temp folder, the storage project's data source (WAL, one gate per file)");
            await RunDatabaseAsync(report, UgcStorageProvider.Sqlite, folder, duration, quick);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunDatabaseAsync(Report report, UgcStorageProvider provider, string database, TimeSpan duration, bool quick)
    {
        var db = provider == UgcStorageProvider.Postgres ? "PostgreSQL" : "SQLite";
        Directory.CreateDirectory(provider == UgcStorageProvider.Sqlite ? database : Path.GetTempPath());
        await using var baseline = provider == UgcStorageProvider.Postgres
            ? await SingleRowInsertBaseline.PostgresAsync(database)
            : await SingleRowInsertBaseline.SqliteAsync($"Data Source={Path.Combine(database, "baseline.db")}");
        var inserts = await Harness.MeasureAsync($"{db} baseline: single-row INSERT, autocommit", Concurrency, duration, baseline.InsertAsync);
        report.Add(inserts);

        using (var producer = await StorageBenchSilo.StartAsync(provider, database, "bench-append", producerOnly: true))
        {
            var streams = Streams(producer);
            var text = new string('x', 40);
            var single = await Harness.MeasureAsync($"{db} durable append: OnNextAsync", Concurrency, duration,
                w => streams[w].OnNextAsync(new BenchEvent(w, 0, text)));
            var batch = Enumerable.Range(0, BatchSize).Select(_ => new BenchEvent(0, 0, text)).ToArray();
            var batched = await Harness.MeasureAsync($"{db} durable append: OnNextBatchAsync({BatchSize}), events/s", Concurrency, duration,
                w => streams[w].OnNextBatchAsync(batch));
            batched = batched with { OpsPerSecond = batched.OpsPerSecond * BatchSize, BytesPerOp = batched.BytesPerOp / BatchSize };
            report.Add(single);
            report.Add(batched);
            report.Note($"{db}: batched appends / single-row INSERTs = {batched.OpsPerSecond / inserts.OpsPerSecond:F1}x (goal >= 1x); " +
                $"single appends / INSERTs = {single.OpsPerSecond / inserts.OpsPerSecond:F2}x");

            var grains = producer.Services.GetRequiredService<IGrainFactory>();
            var stateGrains = Enumerable.Range(0, Concurrency).Select(i => grains.GetGrain<IBenchStateGrain>($"state-{i}")).ToArray();
            var value = 0;
            report.Add(await Harness.MeasureAsync($"{db} grain state write (WriteStateAsync)", Concurrency, duration,
                w => stateGrains[w].WriteAsync(Interlocked.Increment(ref value))));
            await producer.StopAsync();
        }

        await MeasureDeliveryAsync(report, db, provider, database, total: quick ? 20_000 : 100_000, producers: 8, batchSize: BatchSize);
        await MeasureDeliveryAsync(report, db, provider, database, total: quick ? 3_000 : 10_000, producers: Concurrency, batchSize: 1);
    }

    /// <summary>Appends <paramref name="total"/> events while the implicit consumers run, until every one is delivered.</summary>
    private static async Task MeasureDeliveryAsync(Report report, string db, UgcStorageProvider provider, string database, int total, int producers, int batchSize)
    {
        using var silo = await StorageBenchSilo.StartAsync(provider, database, $"bench-e2e-{Guid.NewGuid():N}"[..24], producerOnly: false);
        var streams = Streams(silo);
        DeliveryRecorder.Reset(total);
        var perProducer = total / producers;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
        {
            for (var sent = 0; sent < perProducer; sent += batchSize)
            {
                var now = Stopwatch.GetTimestamp();
                var events = Enumerable.Range(0, batchSize).Select(_ => new BenchEvent(p, now, "e2e")).ToArray();
                await (batchSize == 1 ? streams[p].OnNextAsync(events[0]) : streams[p].OnNextBatchAsync(events));
            }
        })));
        var expected = perProducer * producers;
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 120;
        while (DeliveryRecorder.Count < expected && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(10);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var lags = DeliveryRecorder.SortedLags();
        var how = batchSize == 1 ? "OnNextAsync" : $"OnNextBatchAsync({batchSize})";
        report.Add(new Measurement($"{db} end-to-end: {expected:N0} events by {how}, delivered/s; lag = enqueue to consumer", producers,
            DeliveryRecorder.Count / elapsed.TotalSeconds, Percentile(lags, 0.50), Percentile(lags, 0.99), 0));
        if (DeliveryRecorder.Count < expected)
        {
            report.Note($"{db} end-to-end: only {DeliveryRecorder.Count} of {expected} events delivered within 120 s");
        }

        await silo.StopAsync();
    }

    private static IAsyncStream<BenchEvent>[] Streams(IHost host)
    {
        var streams = host.Services.GetRequiredService<IClusterClient>().GetStreamProvider(StorageBenchSilo.Provider);
        return [.. Enumerable.Range(0, Concurrency).Select(i => streams.GetStream<BenchEvent>(StreamId.Create(StorageBenchSilo.Namespace, $"s{i}")))];
    }

    private static double Percentile(double[] sorted, double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
}
