using System.Net.Http.Headers;
using System.Text.Json;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Dashboard;

[Collection(DashboardCollection.Name)]
public sealed class DashboardPipelineTests(DashboardHost host)
{
    [Fact]
    public async Task Velocity_blocks_show_on_the_pipeline_by_the_check_that_blocked()
    {
        var key = host.Keys[DashboardHost.Brand];
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        for (var i = 0; i < 7; i++)
        {
            // One device, seven shoppers: the sixth and seventh are refused by the device window (5 per 10 minutes).
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["passkey"] = key, ["Action"] = "Submit", ["ProductId"] = "skates", ["Rating"] = "4", ["fp"] = "blocked-device-1",
                ["ReviewText"] = $"Fast and sturdy skates, number {i} of a long line of shoppers sharing one computer at the library.",
                ["UserNickname"] = $"libraryuser{i}", ["UserId"] = $"libraryuser{i}",
            });
            (await http.PostAsync("/data/submitreview.json", form)).EnsureSuccessStatusCode();
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DashboardHost.Token);
        long blocked = 0;
        await Poll.UntilAsync(async () =>
        {
            using var pipeline = JsonDocument.Parse(await http.GetStringAsync("/dashboard/api/pipeline"));
            blocked = pipeline.RootElement.GetProperty("velocityBlocks").TryGetProperty("device", out var device) ? device.GetInt64() : 0;
            return blocked >= 2;
        }, "the pipeline page reports the device blocks");
        Assert.True(blocked >= 2);
    }
}
