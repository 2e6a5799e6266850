using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;
using Ugc.Silo.Tests.Api;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Operations;

/// <summary>With tracing on, one request can be followed from the gateway's ASP.NET Core span into the grain calls it made.</summary>
public sealed class TracingTests(TracingTests.TracedHost host) : IClassFixture<TracingTests.TracedHost>
{
    [Fact]
    public async Task A_display_request_and_its_grain_calls_share_one_trace()
    {
        var (display, _) = await host.TenantAsync("traced-brand", "brand", new { id = "t1", name = "Traced" });
        using var http = host.CreateClient();

        // The caller's own trace id: activity sources are process-wide, so other hosts' spans land here too.
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/data/products.json?passkey={display}&Filter=Id:t1");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var body = await UgcApiFactory.JsonAsync(await http.SendAsync(request));
        Assert.False(body.GetProperty("HasErrors").GetBoolean(), body.ToString());

        var spans = await Poll.UntilAsync(() => Task.FromResult(Trace(traceId)),
            t => t.Any(a => a.Source.Name == "Microsoft.AspNetCore") && t.Any(a => a.DisplayName.Contains("IProductGrain", StringComparison.Ordinal)),
            "the request and its grain calls are exported", TimeSpan.FromSeconds(20));

        var server = Assert.Single(spans, a => a.Source.Name == "Microsoft.AspNetCore");
        Assert.Equal(ActivityKind.Server, server.Kind);
        var grainCalls = spans.Where(a => a.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)).ToList();
        Assert.Contains(grainCalls, a => a.Source.Name == "Microsoft.Orleans.Application" && a.DisplayName.Contains("IClientGrain", StringComparison.Ordinal));
        Assert.Contains(grainCalls, a => a.DisplayName.Contains("IProductGrain", StringComparison.Ordinal));

        // Every grain span hangs under the request's span, directly or through the call that made it.
        var ids = spans.Select(a => a.SpanId).ToHashSet();
        Assert.All(grainCalls, a => Assert.Contains(a.ParentSpanId, ids));
    }

    private List<Activity> Trace(ActivityTraceId traceId)
    {
        return [.. host.Spans.Where(a => a.TraceId == traceId)];
    }

    /// <summary>The host with <c>Ugc:Telemetry:Tracing=true</c> and an in-memory exporter beside any configured one.</summary>
    public sealed class TracedHost : UgcApiFactory
    {
        public LockedCollection<Activity> Spans { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [.. base.Settings, new("Ugc:Telemetry:Tracing", "true")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
        }
    }
}
