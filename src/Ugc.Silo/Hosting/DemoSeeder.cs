using System.Globalization;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Submissions;

namespace Ugc.Silo.Hosting;

/// <summary>
/// Seeds the demo at first start (unless <c>Ugc:Demo:Seed=false</c>): a brand, two retailers, catalogs sharing GTINs,
/// edges brand -> retailers, keys (printed once), and reviews and questions submitted through the write path's grain.
/// Idempotent: a start that finds the brand does nothing.
/// </summary>
public sealed partial class DemoSeeder(
    UgcHostOptions options, IHostApplicationLifetime lifetime, IGrainFactory grains, ILogger<DemoSeeder> logger) : BackgroundService
{
    public const string Brand = "acme";
    private static readonly string[] s_retailers = ["shopmart", "bigbox"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.DemoSeed)
        {
            return;
        }

        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        try
        {
            await SeedAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSeedFailed(logger, ex);
        }
    }

    private async Task SeedAsync()
    {
        if (await grains.GetGrain<IClientGrain>(Brand).GetAsync() is not null)
        {
            return;
        }

        var catalog = new[]
        {
            new CatalogProduct("rocket-skates", "Rocket Skates", "Acme", "outdoor", ["00012345678905"]),
            new CatalogProduct("anvil", "Anvil 100 lb", "Acme", "tools", ["00012345678912"]),
            new CatalogProduct("giant-magnet", "Giant Magnet", "Acme", "tools", ["00012345678929"]),
        };
        await CreateAsync(Brand, "Acme Corporation", ClientKind.Brand, catalog, "");
        foreach (var retailer in s_retailers)
        {
            await CreateAsync(retailer, retailer == "shopmart" ? "ShopMart" : "BigBox", ClientKind.Retailer, catalog, retailer[..2] + "-");
            await grains.GetGrain<IClientGrain>(Brand).AddOutgoingEdgeAsync(new SyndicationEdge(Brand, retailer, [], []));
        }

        var samples = new (string Product, int Rating, string Title, string Text, string User)[]
        {
            ("rocket-skates", 5, "Fastest skates ever", "These rocket skates are incredibly fast and the build quality is excellent. Braking takes practice.", "wile1"),
            ("rocket-skates", 2, "Hard to steer", "Great acceleration but steering is very difficult, I hit a canyon wall twice on the first day.", "coyote2"),
            ("anvil", 4, "Solid and heavy", "Exactly as described: a heavy, solid anvil that works well for blacksmithing in my garage.", "smith3"),
        };
        // Through the write path, as a shop's form would post them.
        var writePath = grains.GetGrain<ISubmissionGrain>(0);
        foreach (var s in samples)
        {
            await SubmitAsync(writePath, SubmissionFormKind.Review, new()
            {
                ["ProductId"] = s.Product, ["Rating"] = s.Rating.ToString(CultureInfo.InvariantCulture), ["Title"] = s.Title, ["ReviewText"] = s.Text,
                ["IsRecommended"] = s.Rating >= 4 ? "true" : "false", ["UserId"] = s.User, ["UserNickname"] = "Demo " + s.User,
                ["UserLocation"] = "Arizona", ["Locale"] = "en_US", ["AgreedToTermsAndConditions"] = "true",
            });
        }

        await SubmitAsync(writePath, SubmissionFormKind.Question, new()
        {
            ["ProductId"] = "giant-magnet", ["QuestionSummary"] = "Does it attract aluminium?", ["UserId"] = "asker4", ["UserNickname"] = "Demo asker4",
            ["Locale"] = "en_US", ["AgreedToTermsAndConditions"] = "true",
        });
    }

    private async Task SubmitAsync(ISubmissionGrain writePath, SubmissionFormKind kind, Dictionary<string, string> fields)
    {
        var outcome = await writePath.SubmitAsync(new SubmissionRequest(
            Brand, kind, Store: true, fields.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)[f.Value]), "127.0.0.1"));
        if (!outcome.Accepted)
        {
            LogSampleRefused(logger, kind, string.Join("; ", outcome.Errors.Select(e => e.Message).Concat(outcome.FieldErrors.Select(e => e.Message))));
        }
    }

    private async Task CreateAsync(string id, string name, ClientKind kind, CatalogProduct[] catalog, string prefix)
    {
        var client = grains.GetGrain<IClientGrain>(id);
        await client.CreateAsync(new ClientProfile(id, name, kind, ["en_US"]));
        foreach (var product in catalog)
        {
            await grains.GetGrain<IProductGrain>($"{id}/{prefix}{product.Id}").UpsertAsync(product with { Id = prefix + product.Id });
        }

        var display = await client.IssueKeyAsync([ApiScopes.Display]);
        var full = await client.IssueKeyAsync([ApiScopes.Display, ApiScopes.Submit, ApiScopes.Respond, ApiScopes.Admin]);
        Console.WriteLine($"Demo {kind.ToString().ToLowerInvariant()} {id}: display key {display.Key} ; display+submit+respond+admin key {full.Key}");
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Error, Message = "Seeding the demo failed")]
    private static partial void LogSeedFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "A demo {Kind} was refused: {Errors}")]
    private static partial void LogSampleRefused(ILogger logger, SubmissionFormKind kind, string errors);
}
