using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Ugc.Silo.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Api;

/// <summary>
/// Three weeks of hourly page views replayed through <c>/data/events</c>: shuffled batches, read while they are ingested,
/// end in the same alerts as one ordered ingest, and the model still finds the spike.
/// </summary>
public sealed class AnomalyIngestTests(UgcApiFactory factory) : IClassFixture<UgcApiFactory>
{
    private const int Hours = 21 * 24;
    private const int SpikeHour = 20 * 24 + 15;

    [Fact]
    public async Task History_posted_in_shuffled_batches_and_read_at_every_step_alerts_as_one_ordered_ingest()
    {
        var (ordered, _) = await factory.TenantAsync("an-ordered", "brand");
        var (shuffled, _) = await factory.TenantAsync("an-shuffled", "brand");
        var now = DateTimeOffset.UtcNow;
        var end = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(-2);
        var start = end.AddHours(-Hours);
        var history = History(start);
        var batches = history.Chunk(6).ToList();
        using var http = factory.CreateClient();
        using var admin = factory.Admin();

        foreach (var batch in batches)
        {
            await PostAsync(http, ordered, batch);
        }

        // Six-hour batches shuffled within each 48-hour window (the default lateness), reading the signal after every post.
        var random = new Random(5);
        foreach (var batch in batches.Select((b, i) => (Batch: b, Window: i / 8)).GroupBy(b => b.Window).SelectMany(w => w.OrderBy(_ => random.Next())))
        {
            await PostAsync(http, shuffled, batch.Batch);
            (await admin.GetAsync($"/admin/clients/an-shuffled/anomalies?signal=pageview&since={Since(start)}")).EnsureSuccessStatusCode();
            (await admin.GetAsync("/admin/clients/an-shuffled/signals/pageview")).EnsureSuccessStatusCode();
        }

        // The analytics stream of a client is ordered: once a later marker event is judged, every batch before it was ingested.
        foreach (var tenant in new[] { ordered, shuffled })
        {
            await PostAsync(http, tenant, [new { type = "impression", time = end.AddMinutes(-30), count = 1 }]);
        }

        foreach (var id in new[] { "an-ordered", "an-shuffled" })
        {
            await Poll.UntilAsync(async () => (await JsonAsync(admin, $"/admin/clients/{id}/signals/impression?hours=24")).EnumerateArray()
                .Any(p => Hour(p) == end.AddHours(-1) && p.GetProperty("observed").GetDouble() == 1), $"{id} ingested its history", TimeSpan.FromSeconds(60));
        }

        var expected = await AlertsAsync(admin, "an-ordered", start, end);
        var actual = await AlertsAsync(admin, "an-shuffled", start, end);
        Assert.Equal(expected, actual);
        Assert.Contains(actual, a => a.StartsWith($"{start.AddHours(SpikeHour):O} spike ", StringComparison.Ordinal));
    }

    private static List<object> History(DateTimeOffset start)
    {
        var random = new Random(17);
        return [.. Enumerable.Range(0, Hours).Select(h =>
        {
            var rate = 300 * (1 + (0.5 * Math.Sin(2 * Math.PI * ((h % 24) - 9) / 24)));
            var noisy = Math.Max(1, Math.Round(rate + (Math.Sqrt(rate) * ((random.NextDouble() * 2) - 1))));
            return (object)new { type = "pageview", time = start.AddHours(h).AddMinutes(20), count = (long)(h == SpikeHour ? 5 * noisy : noisy) };
        })];
    }

    private static async Task PostAsync(HttpClient http, string key, object[] events)
    {
        var response = await http.PostAsJsonAsync($"/data/events?passkey={key}", new { events });
        var body = await UgcApiFactory.JsonAsync(response);
        Assert.Equal(events.Length, body.GetProperty("accepted").GetInt32());
    }

    private static async Task<List<string>> AlertsAsync(HttpClient admin, string id, DateTimeOffset start, DateTimeOffset end) =>
        [.. (await JsonAsync(admin, $"/admin/clients/{id}/anomalies?signal=pageview&since={Since(start)}")).EnumerateArray()
            .Where(a => Hour(a) < end)
            .Select(a => $"{Hour(a):O} {a.GetProperty("kind").GetString()} {a.GetProperty("observed").GetDouble()} {a.GetProperty("expected").GetDouble():R}")];

    private static async Task<JsonElement> JsonAsync(HttpClient admin, string path)
    {
        var response = await admin.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await UgcApiFactory.JsonAsync(response);
    }

    private static string Since(DateTimeOffset time) => Uri.EscapeDataString(time.ToString("O", CultureInfo.InvariantCulture));

    private static DateTimeOffset Hour(JsonElement point) => DateTimeOffset.Parse(point.GetProperty("hour").GetString()!, CultureInfo.InvariantCulture);
}
