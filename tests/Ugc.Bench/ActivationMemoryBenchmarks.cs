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
/// states are written before the first measurement, so storage's own copy is not counted.
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
        for (var round = 0; round < 2; round++)
        {
            var ids = Enumerable.Range(0, products).Select(p => $"{ClientId}/r{round}-p{p}").ToList();
            foreach (var id in ids)
            {
                var state = State(id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..], reviews, texts, random);
                textChars += state.Documents.Values.Sum(d => d.Text!.Length);
                storedBytes += serializer.Serialize(state).ToArray().Length;
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

            rounds.Add((Heap() - before, products));
        }

        foreach (var (bytes, count) in rounds)
        {
            report.Note($"{count} product activations with {reviews:N0} reviews each: {bytes / (double)count / 1024 / 1024:F2} MiB per activation " +
                $"({bytes / (double)count / reviews:N0} bytes per review)");
        }

        var mean = rounds.Average(r => r.Bytes / (double)r.Count);
        var averageText = textChars / (double)(rounds.Sum(r => r.Count) * reviews);
        report.Note($"memory per product activation with {reviews:N0} reviews: **{mean / 1024 / 1024:F2} MiB** (mean of the rounds; " +
            $"review texts ~{averageText:F0} characters, {averageText * 2 * reviews / 1024 / 1024:F2} MiB of it the texts as UTF-16)");
        report.Note($"stored product state (the silo's grain storage serializer): {storedBytes / (double)(rounds.Sum(r => r.Count) * reviews):N0} bytes per review");
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

    /// <summary>A product's stored state: its catalog entry and approved reviews shaped as the pipeline publishes them.</summary>
    private static ProductState State(string productId, int reviews, ReviewTexts texts, SplitMix64 random)
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var state = new ProductState { Catalog = new CatalogProduct(productId, $"Product {productId}", "Acme", "skates", ["0012345678905"]) };
        for (var i = 0; i < reviews; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            var rating = ReviewTexts.Rating(random);
            var user = $"shopper-{productId}-{i}";
            var at = start.AddMinutes(i * 37);
            state.Documents[id] = new ContentDocument
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
            };
        }

        return state;
    }
}
