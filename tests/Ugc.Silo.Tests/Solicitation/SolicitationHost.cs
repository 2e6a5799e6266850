using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Ugc.Grains;
using Ugc.Silo.Tests.Api;

namespace Ugc.Silo.Tests.Solicitation;

/// <summary>
/// The host with solicitation wired for tests: a fake domain clock the test moves, schedulers ticking every second,
/// links pointing at the test server, SMTP relays on loopback, and memory storage or, with a data directory, SQLite
/// (so a second host on the same folder is a restart).
/// </summary>
public sealed class SolicitationHost(FakeTimeProvider clock, IEnumerable<KeyValuePair<string, string?>> settings, string? dataDirectory = null) : UgcApiFactory
{
    public static readonly DateTimeOffset Start = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = clock;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. base.Settings,
        new("Ugc:Solicitation:DispatchPeriod", "00:00:01"),
        new("Ugc:Solicitation:PublicBaseUrl", "http://localhost"),
        .. dataDirectory is null ? [] : new KeyValuePair<string, string?>[] { new("Ugc:Storage:Provider", "sqlite"), new("Ugc:DataDirectory", dataDirectory) },
        .. settings,
    ];

    /// <summary>Settings of a default relay on a loopback port.</summary>
    public static KeyValuePair<string, string?>[] Relay(int port, string? name = null, TimeSpan? timeout = null)
    {
        var prefix = name is null ? "Ugc:Notifications:Smtp" : $"Ugc:Notifications:Smtp:Relays:{name}";
        return
        [
            new($"{prefix}:Host", "127.0.0.1"),
            new($"{prefix}:Port", port.ToString(CultureInfo.InvariantCulture)),
            new($"{prefix}:Timeout", (timeout ?? TimeSpan.FromSeconds(10)).ToString("c", CultureInfo.InvariantCulture)),
        ];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddKeyedSingleton<TimeProvider>(DomainClock.Key, Clock);
            services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        });
    }

    /// <summary>Creates a client with products, enables solicitation with <paramref name="solicitation"/>, returns a key with every scope.</summary>
    public async Task<string> SolicitingClientAsync(string id, object solicitation, params object[] products)
    {
        using var admin = Admin();
        (await admin.PostAsJsonAsync("/admin/clients", new { id, name = id.ToUpperInvariant(), kind = "retailer" })).EnsureSuccessStatusCode();
        if (products.Length > 0)
        {
            (await admin.PostAsJsonAsync($"/admin/clients/{id}/products", products)).EnsureSuccessStatusCode();
        }

        var patched = await admin.PatchAsJsonAsync($"/admin/clients/{id}", new { solicitation });
        Assert.True(patched.IsSuccessStatusCode, await patched.Content.ReadAsStringAsync());
        return await KeyAsync(admin, id, "display", "submit", "transactions", "admin");
    }

    public async Task<JsonElement> PostTransactionsAsync(string key, params object[] orders)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync($"/data/transactions?passkey={Uri.EscapeDataString(key)}", new { transactions = orders });
        response.EnsureSuccessStatusCode();
        var body = await JsonAsync(response);
        Assert.False(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
        return body;
    }

    public async Task<JsonElement> ReportAsync(string clientId)
    {
        using var admin = Admin();
        return await JsonAsync(await admin.GetAsync($"/admin/clients/{clientId}/solicitation/report"));
    }

    /// <summary>
    /// Waits until the client's scheduler has ticked twice at the clock's present time and every bucket it set
    /// dispatching has reported back: whatever was due then has been dealt with.
    /// </summary>
    public async Task SettledAsync(string clientId)
    {
        var now = Clock.GetUtcNow();
        using var admin = Admin();
        async Task<JsonElement> ViewAsync() => await JsonAsync(await admin.GetAsync($"/admin/clients/{clientId}/solicitation/scheduler"));
        var ticks = (await ViewAsync()).GetProperty("ticks").GetInt64();
        await Ugc.Testing.Poll.UntilAsync(async () =>
        {
            var view = await ViewAsync();
            return view.GetProperty("ticks").GetInt64() >= ticks + 2 && view.GetProperty("dispatching").GetInt32() == 0
                && view.GetProperty("lastTick").ValueKind == JsonValueKind.String && view.GetProperty("lastTick").GetDateTimeOffset() >= now;
        }, $"the scheduler of {clientId} ticked at {now:o} and its buckets reported back");
    }

    public static object Order(string orderId, string email, string name, DateTimeOffset purchased, string? locale = null, string? userId = null, params string[] products) => new
    {
        orderId, email, name, locale, userId,
        purchaseDate = purchased.ToString("o", CultureInfo.InvariantCulture),
        products = products.Select(p => new { id = p, price = 25.5 }).ToArray(),
    };
}
