using System.Net;
using Ugc.Silo.Tests.Api;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Operations;

/// <summary><c>/metrics</c>: OpenTelemetry's Prometheus exporter with Orleans', ASP.NET Core's and the pipeline's meters.</summary>
[Collection(SoloHostCollection.Name)]
public sealed class MetricsTests(UgcApiFactory factory) : IClassFixture<UgcApiFactory>
{
    [Fact]
    public async Task Metrics_parse_as_prometheus_text_with_orleans_aspnetcore_and_pipeline_metrics_after_a_submission()
    {
        var (_, full) = await factory.TenantAsync("metrics-brand", "brand", new { id = "m1", name = "Metered" });
        using var http = factory.CreateClient();
        Assert.False((await SubmitAsync(http, full)).GetProperty("HasErrors").GetBoolean());
        Assert.True((await SubmitAsync(http, full)).GetProperty("HasErrors").GetBoolean(), "the second review of one shopper on one product is blocked");

        var metrics = await Poll.UntilAsync(async () =>
        {
            var response = await http.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
        }, m => m.Named("ugc_content_visible_lag_milliseconds_count").Sum(s => s.Value) >= 1, "the review's publication is measured", TimeSpan.FromSeconds(30));

        Assert.Equal("histogram", metrics.Types["ugc_content_visible_lag_milliseconds"]);
        Assert.Contains(metrics.Named("ugc_content_visible_lag_milliseconds_bucket"), s => s.Label("le") == "250");
        Assert.Contains(metrics.Named("ugc_submissions_accepted_total"), s => s.Value >= 1);
        Assert.Contains(metrics.Named("ugc_content_decisions_total"), s => s.Label("outcome") == "approved" && s.Value >= 1);
        Assert.Contains(metrics.Named("ugc_submission_blocks_total"), s => s.Label("kind") == "product" && s.Value >= 1);
        Assert.Contains(metrics.Named("orleans_catalog_activations"), s => s.Value > 0);
        Assert.Contains(metrics.Named("http_server_request_duration_seconds_count"), s => s.Label("http_route") == "/data/submitreview.json");
    }

    private static async Task<System.Text.Json.JsonElement> SubmitAsync(HttpClient http, string key) =>
        await UgcApiFactory.JsonAsync(await http.PostAsync($"/data/submitreview.json?passkey={key}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "Submit", ["ProductId"] = "m1", ["Rating"] = "5", ["Title"] = "Measured",
            ["ReviewText"] = "A well made product that arrived quickly and has worked every day since; I would buy it again.",
            ["UserNickname"] = "meter-reader", ["UserId"] = "meter-reader",
        })));
}
