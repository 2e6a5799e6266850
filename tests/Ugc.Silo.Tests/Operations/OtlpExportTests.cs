using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ugc.Silo.Tests.Api;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Operations;

/// <summary>With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, metrics and traces go to the collector there (OTLP over HTTP).</summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _received = new();
    private WebApplication? _collector;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        _collector = builder.Build();
        _collector.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _received.Enqueue($"{signal} {request.ContentType} {body.Length}");
            return Results.Ok();
        });
        await _collector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }
    }

    [Fact]
    public async Task Metrics_and_traces_are_exported_to_the_configured_collector()
    {
        var endpoint = _collector!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var host = new ExportingHost(endpoint);
        var (display, _) = await host.TenantAsync("otlp-brand", "brand", new { id = "o1", name = "Exported" });
        using var http = host.CreateClient();
        Assert.False((await UgcApiFactory.JsonAsync(await http.GetAsync($"/data/products.json?passkey={display}"))).GetProperty("HasErrors").GetBoolean());

        await Poll.UntilAsync(() => _received.Any(r => r.StartsWith("metrics application/x-protobuf", StringComparison.Ordinal))
            && _received.Any(r => r.StartsWith("traces application/x-protobuf", StringComparison.Ordinal)),
            "the collector received metrics and traces", TimeSpan.FromSeconds(30));
    }

    /// <summary>The host pointed at the collector, exporting every second.</summary>
    private sealed class ExportingHost(string endpoint) : UgcApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            .. base.Settings,
            new("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint),
            new("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            new("OTEL_METRIC_EXPORT_INTERVAL", "1000"),
            new("OTEL_BSP_SCHEDULE_DELAY", "200"),
        ];
    }
}
