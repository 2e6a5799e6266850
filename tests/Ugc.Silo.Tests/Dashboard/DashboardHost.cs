using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ugc.Contracts.Analytics;
using Ugc.Silo.Dashboard;
using Ugc.Silo.Hosting;
using Ugc.Silo.Tests.Infrastructure;

namespace Ugc.Silo.Tests.Dashboard;

/// <summary>
/// The real host on 127.0.0.1 and a free port, memory storage, wired the way Program does it, three
/// tenants created through the admin API (one pre-moderated), and a bounded background load of reads and submissions.
/// </summary>
public sealed class DashboardHost : IAsyncLifetime
{
    public const string Token = "dashboard-test-token";
    public const string Brand = "dash-acme";
    public const string Retailer = "dash-shop";
    public const string Premoderated = "dash-premod";

    private readonly CancellationTokenSource _stop = new();
    private WebApplication? _app;
    private Task _load = Task.CompletedTask;

    /// <summary>More settings (<c>key=value</c>) for the host.</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>Whether to run the background load (the cost benchmark measures its own).</summary>
    public bool WithLoad { get; init; } = true;

    public string BaseUrl { get; private set; } = "";

    public HttpClient Http { get; } = new();

    public Dictionary<string, string> Keys { get; } = [];

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--urls=http://127.0.0.1:0", "--Ugc:Storage:Provider=memory", "--Ugc:Demo:Seed=false", $"--Ugc:Admin:Token={Token}",
                .. SiloPorts.Settings().Select(s => $"--{s.Key}={s.Value}"), .. Settings.Select(s => "--" + s)],
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddUgcHost();
        _app = builder.Build();
        _app.MapUgcEndpoints();

        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        Http.BaseAddress = new Uri(BaseUrl);
        await SeedAsync();
        if (WithLoad)
        {
            _load = Task.Run(() => LoadAsync(_stop.Token));
        }
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _load;
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Http.Dispose();
        _stop.Dispose();
    }

    public HttpClient Admin()
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    /// <summary>Submits a review and returns its id.</summary>
    public async Task<string> SubmitReviewAsync(string client, string product, string user, string title, CancellationToken cancellationToken = default)
    {
        var receipt = await TrySubmitReviewAsync(client, product, user, title, cancellationToken);
        Assert.False(receipt.GetProperty("HasErrors").GetBoolean(), receipt.ToString());
        return receipt.GetProperty("SubmissionId").GetString()!;
    }

    private async Task<JsonElement> TrySubmitReviewAsync(string client, string product, string user, string title, CancellationToken cancellationToken)
    {
        var response = await Http.PostAsync($"/data/submitreview.json?passkey={Keys[client]}&apiversion=5.4", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "Submit", ["ProductId"] = product, ["Rating"] = "4", ["Title"] = title,
            // Unique text: the pipeline blocks a repeated text as a duplicate.
            ["ReviewText"] = $"Sturdy, well made and it does what the box promises ({title}); shipping was quick and setup took five minutes.",
            ["UserNickname"] = user, ["UserId"] = user, ["UserEmail"] = user + "@example.com",
        }), cancellationToken);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
    }

    private async Task SeedAsync()
    {
        using var admin = Admin();
        var directory = Services.GetRequiredService<IClientDirectory>();
        object[] catalog = [
            new { id = "skates", name = "Rocket Skates", gtins = new[] { "00012345678905" } },
            new { id = "anvil", name = "Anvil 100 lb", gtins = new[] { "00012345678912" } },
        ];
        foreach (var (id, name, kind) in new[] { (Brand, "Acme Dash", "brand"), (Retailer, "Dash Shop", "retailer"), (Premoderated, "Premod Kettles", "brand") })
        {
            (await admin.PostAsJsonAsync("/admin/clients", new { id, name, kind })).EnsureSuccessStatusCode();
            var products = id == Premoderated ? [new { id = "kettle", name = "Kettle", gtins = new[] { "00012345678936" } }] : catalog;
            (await admin.PostAsJsonAsync($"/admin/clients/{id}/products", products)).EnsureSuccessStatusCode();
            var key = await admin.PostAsJsonAsync($"/admin/clients/{id}/keys", new { scopes = new[] { "display", "submit", "respond", "admin" } });
            Keys[id] = JsonDocument.Parse(await key.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
            directory.Add(id);

            // Every test submission comes from 127.0.0.1: lift the per-address limit.
            (await admin.PatchAsJsonAsync($"/admin/clients/{id}", new { limits = new { submissionsPerIp = 1_000_000 } })).EnsureSuccessStatusCode();
        }

        (await admin.PostAsJsonAsync("/admin/syndication", new { from = Brand, to = Retailer })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/admin/clients/{Premoderated}/moderation", new
        {
            bannedTerms = Array.Empty<string>(), allowedTopics = Array.Empty<string>(), models = Array.Empty<object>(), humanSampleRate = 0.0, autoApprove = false,
        })).EnsureSuccessStatusCode();
        for (var i = 0; i < 4; i++)
        {
            await SubmitReviewAsync(Brand, i % 2 == 0 ? "skates" : "anvil", $"seed{i}", $"Seed review {i}");
        }

        // The analytics stream has no consumer in the host yet, so the signal's history goes to its grain directly.
        var anomaly = Services.GetRequiredService<IGrainFactory>().GetGrain<IAnomalyGrain>($"{Brand}/pageview");
        var hour = DateTimeOffset.UtcNow.AddHours(-72);
        hour = new DateTimeOffset(hour.Year, hour.Month, hour.Day, hour.Hour, 0, 0, TimeSpan.Zero);
        for (var h = 0; h < 72; h++)
        {
            var count = h == 70 ? 2_000 : 200 + (long)(80 * Math.Sin(h * Math.PI / 12));
            await anomaly.RecordAsync(hour.AddHours(h), count);
        }
    }

    // Bounded background traffic: reads of the brand's reviews and a submission now and then, until disposed or 10 min.
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var deadline = DateTimeOffset.UtcNow.AddMinutes(10);
        for (var i = 0; i < 200_000 && DateTimeOffset.UtcNow < deadline && !cancellationToken.IsCancellationRequested; i++)
        {
            try
            {
                using var read = await http.GetAsync($"/data/reviews.json?passkey={Keys[Brand]}&Filter=ProductId:{(i % 2 == 0 ? "skates" : "anvil")}", cancellationToken);
                if (i % 50 == 0)
                {
                    await TrySubmitReviewAsync(Brand, "skates", $"load{i % 5000}", $"Load review {i}", cancellationToken);
                }

                await Task.Delay(20, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (HttpRequestException)
            {
                // Load is best effort: a refused request while the host stops is not a failure of any test.
            }
        }
    }
}
