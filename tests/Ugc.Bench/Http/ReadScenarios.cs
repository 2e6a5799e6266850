using System.Globalization;
using System.Text.Json;
using Ugc.Grains.Classification;
using Ugc.Testing.Postgres;

namespace Ugc.Bench.Http;

/// <summary>
/// The read scenarios, each run by wrk against the host, the ceiling app (started per scenario with the host's bytes
/// for it) and the database baseline, in alternating order round after round.
/// </summary>
internal static class ReadScenarios
{
    /// <summary>In the mix, one request in this many posts a review to the product being read.</summary>
    public const int WriteEvery = 100;

    private const int StableSamples = 5;

    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(15);

    public static async Task RunAsync(Report report, HttpBenchOptions options, ChildServer host, ContentApi api, BenchCatalog catalog,
        PostgresServer postgres, ReviewTexts texts, string work)
    {
        await DatabaseCatalog.LoadAsync(postgres.ConnectionStringFor("ugc_page"), catalog);
        await using var database = await HttpBenchmarks.BenchServerAsync(DatabasePageServer.Mode, postgres.ConnectionStringFor("ugc_page"), BenchCatalog.Brand);
        using var databaseApi = new ContentApi(database.BaseAddress, "none", 4);
        var rows = new List<string[]>();
        var ratios = new List<string>();
        foreach (var scenario in Scenarios(catalog))
        {
            await SettleAsync(api, scenario);
            var hostBody = await api.GetAsync(scenario.Paths[0]);
            var databaseBody = await databaseApi.GetAsync(scenario.Paths[0]);
            Check(scenario, "host", hostBody);
            Check(scenario, "database", databaseBody);
            // The ceiling answers every request with one of the host's bodies for the scenario: the median-sized one.
            var bodies = await Task.WhenAll(scenario.Paths.Select(api.GetAsync));
            var ceilingBody = bodies.OrderBy(b => b.Length).ElementAt(bodies.Length / 2);
            var bodyFile = Path.Combine(work, $"ceiling-{rows.Count}.json");
            await File.WriteAllTextAsync(bodyFile, ceilingBody);
            await using var ceiling = await HttpBenchmarks.BenchServerAsync(CeilingServer.Mode, bodyFile);
            var subjects = new[] { ("host", host.BaseAddress), ("ceiling", ceiling.BaseAddress), ("database", database.BaseAddress) };
            var results = subjects.ToDictionary(s => s.Item1, _ => new List<WrkResult>());
            foreach (var (_, address) in subjects)
            {
                await Wrk.RunAsync(address, work, scenario.Paths, options.Connections, options.Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3),
                    Writes(scenario, texts, catalog, "warm"));
            }

            for (var round = 0; round < options.Rounds; round++)
            {
                foreach (var (name, address) in round % 2 == 0 ? subjects : subjects.Reverse())
                {
                    var load = LoadAverage.Text();
                    var result = await Wrk.RunAsync(address, work, scenario.Paths, options.Connections, options.Duration,
                        Writes(scenario, texts, catalog, $"{name}-{round}"));
                    results[name].Add(result);
                    rows.Add([scenario.Name, name, (round + 1).ToString(CultureInfo.InvariantCulture), Format(result.RequestsPerSecond, "N0"),
                        Format(result.P50Microseconds / 1000, "F2"), Format(result.P99Microseconds / 1000, "F2"), Format(result.BytesPerRequest, "N0"),
                        (result.BadStatus + result.SocketErrors).ToString(CultureInfo.InvariantCulture), load]);
                }
            }

            var mean = results.ToDictionary(r => r.Key, r => r.Value.Average(v => v.RequestsPerSecond));
            ratios.Add($"{scenario.Name}: host / ceiling = **{mean["host"] / mean["ceiling"]:F2}x**, host / database = **{mean["host"] / mean["database"]:F2}x** " +
                $"(mean req/s {mean["host"]:N0} / {mean["ceiling"]:N0} / {mean["database"]:N0}; host p99 {results["host"].Max(r => r.P99Microseconds) / 1000:F2} ms worst round; " +
                $"ceiling body {ceilingBody.Length:N0} B)");
        }

        report.Table($"Reads: wrk 1 thread, {options.Connections} connections, {options.Duration.TotalSeconds:F0} s per run",
            ["scenario", "server", "round", "req/s", "p50 ms", "p99 ms", "bytes/response", "failures", "load avg"], rows);
        foreach (var ratio in ratios)
        {
            report.Note(ratio);
        }
    }

    private static IEnumerable<ReadScenario> Scenarios(BenchCatalog catalog)
    {
        var prefix = $"/data/reviews.json?apiversion=5.4&passkey={catalog.Key}";
        var counts = catalog.Reviews.GroupBy(r => r.ProductId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var hot = catalog.HotProductIds;
        var typical = catalog.ProductIds.Skip(hot.Count).OrderByDescending(p => counts.GetValueOrDefault(p)).ThenBy(p => p, StringComparer.Ordinal).Take(100).ToList();
        yield return new("product page (reviews + product + stats)",
            [.. typical.Select(p => $"{prefix}&Filter=ProductId:{p}&Include=Products&Stats=Reviews")]);
        yield return new($"product page, {counts[hot[0]]:N0} reviews",
            [.. hot.Select(p => $"{prefix}&Filter=ProductId:{p}&Include=Products&Stats=Reviews")]);
        yield return new("deep page (Offset=500)", [.. hot.Select(p => $"{prefix}&Filter=ProductId:{p}&Offset=500")]);
        yield return new("filtered and sorted (Rating gte 4, Helpfulness desc)",
            [.. hot.Select(p => $"{prefix}&Filter=ProductId:{p}&Filter=Rating:gte:4&Sort=Helpfulness:desc")]);
        yield return new("statistics of 100 products", [.. catalog.ProductIds.Chunk(100).Select(catalog.StatisticsPath)]);
        yield return new($"product page with a review posted every {WriteEvery} requests",
            [$"{prefix}&Filter=ProductId:{typical[0]}&Include=Products&Stats=Reviews"], typical[0]);
    }

    private static WrkWrites? Writes(ReadScenario scenario, ReviewTexts texts, BenchCatalog catalog, string tag)
    {
        if (scenario.WriteProduct is not { } product)
        {
            return null;
        }

        var random = new SplitMix64((ulong)tag.GetHashCode(StringComparison.Ordinal) + 3);
        var bodies = Enumerable.Range(0, 8000).Select(n =>
        {
            var rating = ReviewTexts.Rating(random);
            var user = $"mix-{tag}-{n}";
            return ContentApi.Form(("Action", "Submit"), ("ProductId", product), ("Rating", rating.ToString(CultureInfo.InvariantCulture)),
                ("Title", texts.Title(random)), ("ReviewText", texts.Text(random)), ("IsRecommended", rating >= 4 ? "true" : "false"),
                ("UserId", user), ("UserNickname", user), ("UserEmail", $"{user}@example.com"), ("UserLocation", "Denver, CO"), ("Locale", "en_US"));
        }).ToList();
        return new WrkWrites(WriteEvery, $"/data/submitreview.json?apiversion=5.4&passkey={catalog.Key}", bodies);
    }

    /// <summary>
    /// Waits until the scenario's answers stop changing: the pipeline may still be applying seeded content and votes
    /// (the votes are not waited for while seeding, and on a loaded machine they take minutes).
    /// </summary>
    private static async Task SettleAsync(ContentApi api, ReadScenario scenario)
    {
        var paths = scenario.Paths.Take(10).ToList();
        string? last = null;
        var unchanged = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < SettleTimeout)
        {
            var bodies = await Task.WhenAll(paths.Select(api.GetAsync));
            var now = string.Join('\n', bodies.Select(b => b.GetHashCode(StringComparison.Ordinal)));
            // Deliveries come in batches: two equal samples can fall between two of them, so ask for several in a row.
            unchanged = now == last ? unchanged + 1 : 0;
            if (unchanged >= StableSamples)
            {
                return;
            }

            last = now;
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        throw new TimeoutException($"The answers of '{scenario.Name}' kept changing for {SettleTimeout.TotalMinutes:F0} minutes.");
    }

    private static void Check(ReadScenario scenario, string server, string body)
    {
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.GetProperty("HasErrors").GetBoolean() || document.RootElement.GetProperty("Results").GetArrayLength() == 0)
        {
            throw new InvalidOperationException($"{server} answered '{scenario.Name}' with errors or no results: {body[..Math.Min(body.Length, 500)]}");
        }
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private sealed record ReadScenario(string Name, IReadOnlyList<string> Paths, string? WriteProduct = null);
}
