using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ugc.Bench.Http;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;
using Ugc.Grains.Classification;
using Ugc.Grains.Hosting;
using Ugc.Storage.Hosting;
using Ugc.Storage.Options;
using Ugc.Testing;

namespace Ugc.Bench;

/// <summary>
/// What one product activation with its content costs on a silo: the real <see cref="ProductGrain"/>, its state
/// (1,000 approved reviews) loaded from storage at activation, then read once as a product page does (the product,
/// its statistics and a page of reviews, which builds the sorted view of the default order). The figure is the
/// managed heap after a full collection with N such activations, less the heap before them, over N; the stored
/// states are written before the first measurement, so storage's own copy is not counted. The states are stored in
/// the product's own shape (<see cref="ContentStore"/>: entries and compressed display blocks). Two more rounds: products
/// of 100 reviews (most of their text still in the open, uncompressed block), and states stored as products stored
/// them before the store (full documents), which activation moves into a store. Last, what a published review costs
/// in storage on a product of 1,000 (its journal entry, and a share of the whole state stored now and then).
/// </summary>
internal static class ActivationMemoryBenchmarks
{
    internal const string ClientId = "memory-brand";

    public static async Task RunAsync(Report report, bool quick)
    {
        const int reviews = 1000;
        var products = quick ? 5 : 40;
        var counter = new StoredBytesCounter();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePorts.Next(), FreePorts.Next());
            silo.AddUgcDomain().AddUgcStorage(o =>
            {
                o.Provider = UgcStorageProvider.Memory;
                o.StreamProviders.Add(StreamNames.Provider);
            });
            counter.Install(silo.Services);
        });
        using var host = builder.Build();
        await host.StartAsync();
        var bench = new MemoryRounds(host.Services, new ReviewTexts(), new SplitMix64(42));
        var rounds = new List<MemoryRound>();
        for (var round = 0; round < 2; round++)
        {
            rounds.Add(await bench.MeasureAsync($"r{round}", products, reviews, storedAsDocuments: false));
        }

        foreach (var round in rounds)
        {
            report.Note($"{products} product activations with {reviews:N0} reviews each: {round.PerActivation / 1024 / 1024:F2} MiB per activation " +
                $"({round.PerReview:N0} bytes per review)");
        }

        var mean = rounds.Average(r => r.PerActivation);
        var averageText = rounds.Average(r => r.TextCharacters);
        report.Note($"memory per product activation with {reviews:N0} reviews: **{mean / 1024 / 1024:F2} MiB** (mean of the rounds; " +
            $"review texts ~{averageText:F0} characters, {averageText * 2 * reviews / 1024 / 1024:F2} MiB of it the texts as UTF-16)");
        report.Note($"of which the display text (title, text, nickname) in blocks of {ContentStore.SlotsPerBlock}, compressed but the newest: " +
            $"{rounds.Average(r => r.DisplayBytes):N0} bytes per review");
        report.Note($"stored product state (the silo's grain storage serializer): {rounds.Average(r => r.StoredBytes):N0} bytes per review");

        var small = await bench.MeasureAsync("small", products, 100, storedAsDocuments: false);
        report.Note($"{products} product activations with 100 reviews each: {small.PerActivation / 1024:F0} KiB per activation ({small.PerReview:N0} bytes per review)");
        var legacy = await bench.MeasureAsync("legacy", products, reviews, storedAsDocuments: true);
        report.Note($"{products} product activations stored as full documents (the shape before the store), moved into a store at activation: " +
            $"{legacy.PerActivation / 1024 / 1024:F2} MiB per activation ({legacy.PerReview:N0} bytes per review)");
        var changes = quick ? 64 : 320;
        var (perChange, writesPerChange, whole) = await bench.MeasureChangesAsync(counter, reviews, changes);
        report.Note($"{changes} reviews published one by one to a product of {reviews:N0}: **{perChange:N0} bytes stored per review** " +
            $"({writesPerChange:F2} writes each: a journal entry, and the whole state once per {StoredChangesPerSnapshot} changes); the whole state, " +
            $"which every change stored before the journal, is {whole:N0} bytes: **{whole / perChange:F0}x** as much");
        await host.StopAsync();
    }

    // The products' journal capacity (Ugc.Grains.Storage.StateJournal).
    private const int StoredChangesPerSnapshot = 32;

    internal static ContentQuery ProductPage { get; } = new(ContentType.Reviews, [], [], ContentQuery.DefaultLimit, 0, null, null, [StatsKind.Reviews], [], false, [],
        new Dictionary<ContentType, IReadOnlyList<FilterClause>>());

    internal static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>A product's approved reviews shaped as the pipeline publishes them.</summary>
    internal static List<ContentDocument> Documents(string productId, int reviews, ReviewTexts texts, SplitMix64 random)
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var documents = new List<ContentDocument>(reviews);
        for (var i = 0; i < reviews; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            var rating = ReviewTexts.Rating(random);
            var user = $"shopper-{productId}-{i}";
            var at = start.AddMinutes(i * 37);
            documents.Add(new ContentDocument
            {
                Id = id,
                Type = ContentType.Reviews,
                ClientId = ClientId,
                SourceClient = ClientId,
                ProductId = productId,
                AuthorId = user,
                UserNickname = user,
                UserLocation = "Denver, CO",
                ContentLocale = "en_US",
                SubmissionTime = at,
                LastModificationTime = at,
                LastModeratedTime = at.AddMinutes(1),
                Rating = rating,
                Title = texts.Title(random),
                Text = texts.Text(random),
                IsRecommended = rating >= 4,
                CategoryId = "skates",
                OriginalProductName = $"Product {productId}",
                PositiveFeedback = random.Next(20),
                NegativeFeedback = random.Next(5),
            });
        }

        return documents;
    }
}
