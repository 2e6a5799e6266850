using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Ugc.Bench.Http;
using Ugc.Contracts.Catalog;
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
/// the product's own shape (<see cref="ContentStore"/>: entries and compressed display blocks); a last round stores
/// them as products stored them before (full documents), which activation moves into a store.
/// </summary>
internal static class ActivationMemoryBenchmarks
{
    private const string ClientId = "memory-brand";

    public static async Task RunAsync(Report report, bool quick)
    {
        const int reviews = 1000;
        var products = quick ? 5 : 40;
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
        });
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var storage = host.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        var texts = new ReviewTexts();
        var random = new SplitMix64(42);
        var rounds = new List<(long Bytes, int Count)>();
        var textChars = 0L;
        var storedBytes = 0L;
        var serializer = host.Services.GetRequiredService<IGrainStorageSerializer>();
        var displayBytes = 0L;
        var legacy = 0L;
        for (var round = 0; round < 3; round++)
        {
            // Rounds 0 and 1 measure the stored shape; round 2 the shape products stored before it.
            var ids = Enumerable.Range(0, products).Select(p => $"{ClientId}/r{round}-p{p}").ToList();
            foreach (var id in ids)
            {
                var documents = Documents(id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..], reviews, texts, random);
                var state = new ProductState { Catalog = new CatalogProduct(documents[0].ProductId, $"Product {documents[0].ProductId}", "Acme", "skates", ["0012345678905"]) };
                if (round < 2)
                {
                    state.Content = ContentStore.Of(documents);
                    textChars += documents.Sum(d => d.Text!.Length);
                    storedBytes += serializer.Serialize(state).ToArray().Length;
                    displayBytes += state.Content.Blocks.Values.Sum(b => (long)b.Data.Length);
                }
                else
                {
                    state.Documents = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
                }

                await storage.WriteStateAsync("product", grains.GetGrain<IProductGrain>(id).GetGrainId(), new GrainState<ProductState>(state));
            }

            var before = Heap();
            foreach (var id in ids)
            {
                var product = grains.GetGrain<IProductGrain>(id);
                _ = await product.GetAsync() ?? throw new InvalidOperationException($"Product {id} did not load its state.");
                _ = await product.GetStatisticsAsync();
                var page = await product.QueryAsync(ProductPage);
                if (page.TotalResults != reviews)
                {
                    throw new InvalidOperationException($"Product {id} shows {page.TotalResults} reviews, not {reviews}.");
                }
            }

            if (round < 2)
            {
                rounds.Add((Heap() - before, products));
            }
            else
            {
                legacy = Heap() - before;
            }
        }

        foreach (var (bytes, count) in rounds)
        {
            report.Note($"{count} product activations with {reviews:N0} reviews each: {bytes / (double)count / 1024 / 1024:F2} MiB per activation " +
                $"({bytes / (double)count / reviews:N0} bytes per review)");
        }

        var mean = rounds.Average(r => r.Bytes / (double)r.Count);
        var held = rounds.Sum(r => r.Count) * (double)reviews;
        var averageText = textChars / held;
        report.Note($"memory per product activation with {reviews:N0} reviews: **{mean / 1024 / 1024:F2} MiB** (mean of the rounds; " +
            $"review texts ~{averageText:F0} characters, {averageText * 2 * reviews / 1024 / 1024:F2} MiB of it the texts as UTF-16)");
        report.Note($"of which the display text (title, text, nickname) compressed in blocks of {ContentStore.SlotsPerBlock}: {displayBytes / held:N0} bytes per review " +
            $"(from ~{averageText:F0} characters of text)");
        report.Note($"stored product state (the silo's grain storage serializer): {storedBytes / held:N0} bytes per review");
        report.Note($"{products} product activations stored as full documents (the shape before the store), moved into a store at activation: " +
            $"{legacy / (double)products / 1024 / 1024:F2} MiB per activation");
        await host.StopAsync();
    }

    private static ContentQuery ProductPage { get; } = new(ContentType.Reviews, [], [], ContentQuery.DefaultLimit, 0, null, null, [StatsKind.Reviews], [], false, [],
        new Dictionary<ContentType, IReadOnlyList<FilterClause>>());

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>A product's approved reviews shaped as the pipeline publishes them.</summary>
    private static List<ContentDocument> Documents(string productId, int reviews, ReviewTexts texts, SplitMix64 random)
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
