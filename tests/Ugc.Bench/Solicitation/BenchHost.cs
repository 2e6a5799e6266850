extern alias silo;

using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using silo::Ugc.Silo.Hosting;
using Ugc.Grains;
using Ugc.Testing;

namespace Ugc.Bench.Solicitation;

/// <summary>The real host (gateway, silo, solicitation) on Kestrel at a free loopback port, memory storage, a manual domain clock.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public const string Token = "bench-operator-token";

    private readonly WebApplication _app;

    private BenchHost(WebApplication app, string url, ManualClock clock)
    {
        _app = app;
        Clock = clock;
        Http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public ManualClock Clock { get; }

    public HttpClient Http { get; }

    public static async Task<BenchHost> StartAsync(int smtpPort, DateTimeOffset start)
    {
        var url = $"http://127.0.0.1:{FreePorts.Next()}";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = url,
            ["Ugc:Storage:Provider"] = "memory",
            ["Ugc:Demo:Seed"] = "false",
            ["Ugc:Admin:Token"] = Token,
            ["Ugc:Cluster:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Ugc:Cluster:GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Ugc:Solicitation:DispatchPeriod"] = "00:00:01",
            ["Ugc:Notifications:Smtp:Host"] = "127.0.0.1",
            ["Ugc:Notifications:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Ugc:Gateway:KeyPermitLimit"] = "1000000",
            ["Ugc:Gateway:IpPermitLimit"] = "1000000",
            ["Ugc:Gateway:MaxBodyBytes"] = (8 * 1024 * 1024).ToString(CultureInfo.InvariantCulture),
        });
        builder.Logging.ClearProviders();
        var clock = new ManualClock(start);
        builder.Services.AddKeyedSingleton<TimeProvider>(DomainClock.Key, clock);
        builder.Services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        builder.AddUgcHost();
        var app = builder.Build();
        app.MapUgcEndpoints();
        await app.StartAsync();
        return new BenchHost(app, url, clock);
    }

    /// <summary>A client with solicitation on (sent three days after purchase, no frequency cap) and a key with every scope.</summary>
    public async Task<string> ClientAsync(string id)
    {
        (await Http.PostAsJsonAsync("/admin/clients", new { id, name = id, kind = "retailer" })).EnsureSuccessStatusCode();
        (await Http.PatchAsJsonAsync($"/admin/clients/{id}", new
        {
            solicitation = new { enabled = true, delayDays = 3, windowStartHour = 0, windowEndHour = 24, frequencyCapDays = 0, fromAddress = "reviews@bench.example" },
        })).EnsureSuccessStatusCode();
        var key = await Http.PostAsJsonAsync($"/admin/clients/{id}/keys", new { scopes = new[] { "display", "transactions", "admin" } });
        key.EnsureSuccessStatusCode();
        return (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
