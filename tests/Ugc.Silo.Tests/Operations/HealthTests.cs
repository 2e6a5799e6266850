using System.Net;
using System.Text.Json;
using Ugc.Silo.Tests.Api;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Operations;

/// <summary><c>/health</c> (liveness) and <c>/health/ready</c> (readiness), each check named in the JSON.</summary>
public sealed class HealthTests(UgcApiFactory factory) : IClassFixture<UgcApiFactory>
{
    [Fact]
    public async Task Liveness_names_only_the_alive_check()
    {
        using var http = factory.CreateClient();
        var response = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await UgcApiFactory.JsonAsync(response);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value);
        Assert.Equal(["alive"], checks.Keys);
        Assert.Contains("Active", checks["alive"].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_names_silo_storage_and_streams_and_all_are_healthy_once_started()
    {
        using var http = factory.CreateClient();
        var body = await Poll.UntilAsync(async () => await UgcApiFactory.JsonAsync(await http.GetAsync("/health/ready")),
            b => b.GetProperty("status").GetString() == "Healthy", "the silo is ready", TimeSpan.FromSeconds(30));
        var checks = body.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value);
        Assert.Equal(["silo", "storage", "streams"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, c => Assert.Equal("Healthy", c.GetProperty("status").GetString()));
        Assert.Contains("active", checks["silo"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("pulling agents started; 8 of 8 queues pulled here", checks["streams"].GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Number, checks["storage"].GetProperty("durationMs").ValueKind);
    }
}
