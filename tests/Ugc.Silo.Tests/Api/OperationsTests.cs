using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Api;

/// <summary><c>/data/events</c> and the signal series it feeds, over HTTP.</summary>
public sealed class OperationsTests : IClassFixture<UgcApiFactory>
{
    private readonly UgcApiFactory _factory;

    public OperationsTests(UgcApiFactory factory) => _factory = factory;

    [Fact]
    public async Task Events_batch_is_accepted_and_counted()
    {
        var (display, _) = await _factory.TenantAsync("ops-events", "brand", new { id = "e1", name = "Evented" });
        using var http = _factory.CreateClient();
        var response = await http.PostAsJsonAsync($"/data/events?passkey={display}", new
        {
            events = new object[]
            {
                new { type = "pageview", productId = "e1" },
                new { type = "impression", productId = "e1", count = 3 },
                new { type = "click" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await UgcApiFactory.JsonAsync(response);
        Assert.Equal(3, body.GetProperty("accepted").GetInt32());
    }

    public static TheoryData<string, string> BadBatches => new()
    {
        { JsonSerializer.Serialize(new { events = Enumerable.Range(0, 1001).Select(_ => new { type = "pageview" }) }), "ERROR_PARAM_INVALID_PARAMETERS" },
        { "{\"events\": []}", "ERROR_PARAM_INVALID_PARAMETERS" },
        { "{\"events\": [{\"type\": \"purchase\"}]}", "ERROR_PARAM_INVALID_PARAMETERS" },
        { "{\"events\": [{\"type\": \"pageview\", \"count\": 0}]}", "ERROR_PARAM_INVALID_PARAMETERS" },
        { "{\"events\": [{\"type\": \"pageview\"", "ERROR_BAD_REQUEST" },
        { "not json at all", "ERROR_BAD_REQUEST" },
        { "{\"events\": [{\"type\": \"pageview\", \"count\": \"many\"}]}", "ERROR_BAD_REQUEST" },
    };

    [Theory]
    [MemberData(nameof(BadBatches))]
    public async Task Bad_event_batches_get_the_error_envelope(string json, string code)
    {
        var (display, _) = await _factory.TenantAsync($"ops-bad-{json.Length}-{code.Length}", "brand");
        using var http = _factory.CreateClient();
        var response = await http.PostAsync($"/data/events?passkey={display}", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await UgcApiFactory.JsonAsync(response);
        Assert.True(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
        Assert.Equal(code, body.GetProperty("Errors")[0].GetProperty("Code").GetString());
        Assert.Equal(0, body.GetProperty("Results").GetArrayLength());
        Assert.False(body.TryGetProperty("accepted", out _));
    }

    [Fact]
    public async Task Exactly_one_thousand_events_are_accepted()
    {
        var (display, _) = await _factory.TenantAsync("ops-1000", "brand");
        using var http = _factory.CreateClient();
        var response = await http.PostAsJsonAsync($"/data/events?passkey={display}", new { events = Enumerable.Range(0, 1000).Select(_ => new { type = "impression" }) });
        Assert.Equal(1000, (await UgcApiFactory.JsonAsync(response)).GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task Ingested_pageviews_show_in_the_hourly_signal_series()
    {
        var (display, _) = await _factory.TenantAsync("ops-signal", "brand", new { id = "s1", name = "Signal" });
        var now = DateTimeOffset.UtcNow;
        var threeHoursAgo = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(-3);
        var twoHoursAgo = threeHoursAgo.AddHours(1);
        using var http = _factory.CreateClient();
        var response = await http.PostAsJsonAsync($"/data/events?passkey={display}", new
        {
            events = new object[]
            {
                new { type = "pageview", productId = "s1", time = threeHoursAgo.AddMinutes(5), count = 4 },
                new { type = "pageview", productId = "s1", time = threeHoursAgo.AddMinutes(40), count = 3 },
                new { type = "pageview", time = twoHoursAgo.AddMinutes(10), count = 5 },
                new { type = "impression", time = twoHoursAgo.AddMinutes(10), count = 100 },
            },
        });
        Assert.Equal(4, (await UgcApiFactory.JsonAsync(response)).GetProperty("accepted").GetInt32());

        // Past hours are judged as they are recorded; a page view in the current hour stays open and changes nothing.
        var current = await http.PostAsJsonAsync($"/data/events?passkey={display}", new { events = new[] { new { type = "pageview" } } });
        Assert.Equal(1, (await UgcApiFactory.JsonAsync(current)).GetProperty("accepted").GetInt32());

        using var admin = _factory.Admin();
        JsonElement series = default;
        var lastStatus = HttpStatusCode.OK;
        var poll = Poll.UntilAsync(async () =>
        {
            var answer = await admin.GetAsync("/admin/clients/ops-signal/signals/pageview");
            lastStatus = answer.StatusCode;
            if (answer.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            series = await UgcApiFactory.JsonAsync(answer);
            return Observed(series, threeHoursAgo) == 7 && Observed(series, twoHoursAgo) == 5;
        }, "the pageview series shows 7 and 5 in the two replayed hours", TimeSpan.FromSeconds(30));
        try
        {
            await poll;
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} Hours {threeHoursAgo:O} and {twoHoursAgo:O}; last status {lastStatus}; series {series}", timeout);
        }

        var point = series.EnumerateArray().First(p => Hour(p) == threeHoursAgo);
        foreach (var property in new[] { "expected", "low", "high" })
        {
            Assert.True(point.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number, $"{property} in {point}");
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/clients/ops-signal/signals/pageview?hours=24")).StatusCode);
    }

    [Fact]
    public async Task Past_hours_close_without_a_later_event()
    {
        var (display, _) = await _factory.TenantAsync("ops-signal-flush", "brand");
        var now = DateTimeOffset.UtcNow;
        var twoHoursAgo = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(-2);
        using var http = _factory.CreateClient();
        await http.PostAsJsonAsync($"/data/events?passkey={display}", new { events = new[] { new { type = "pageview", time = twoHoursAgo.AddMinutes(1), count = 5 } } });
        using var admin = _factory.Admin();
        await Poll.UntilAsync(async () =>
            Observed(await UgcApiFactory.JsonAsync(await admin.GetAsync("/admin/clients/ops-signal-flush/signals/pageview")), twoHoursAgo) == 5,
            "the replayed past hour is closed and shown", TimeSpan.FromSeconds(30));
    }

    private static DateTimeOffset Hour(JsonElement point) => DateTimeOffset.Parse(point.GetProperty("hour").GetString()!, CultureInfo.InvariantCulture);

    private static double? Observed(JsonElement series, DateTimeOffset hour) =>
        series.EnumerateArray().Where(p => Hour(p) == hour).Select(p => (double?)p.GetProperty("observed").GetDouble()).FirstOrDefault();
}
