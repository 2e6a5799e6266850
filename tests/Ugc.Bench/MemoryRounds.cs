using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Ugc.Bench.Http;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Grains.Catalog;
using Ugc.Grains.Classification;

namespace Ugc.Bench;

/// <summary>
/// Writes N products' states to storage, then activates and reads each as a product page does, and takes the managed
/// heap after a full collection before and after the activations.
/// </summary>
internal sealed class MemoryRounds(IServiceProvider services, ReviewTexts texts, SplitMix64 random)
{
    private readonly IGrainFactory _grains = services.GetRequiredService<IGrainFactory>();
    private readonly IGrainStorage _storage = services.GetRequiredKeyedService<IGrainStorage>("Default");
    private readonly IGrainStorageSerializer _serializer = services.GetRequiredService<IGrainStorageSerializer>();

    public async Task<MemoryRound> MeasureAsync(string name, int products, int reviews, bool storedAsDocuments)
    {
        var ids = Enumerable.Range(0, products).Select(p => $"{ActivationMemoryBenchmarks.ClientId}/{name}-p{p}").ToList();
        var (textChars, displayBytes, storedBytes) = (0L, 0L, 0L);
        foreach (var id in ids)
        {
            var productId = id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..];
            var documents = ActivationMemoryBenchmarks.Documents(productId, reviews, texts, random);
            var state = new ProductState { Catalog = new CatalogProduct(productId, $"Product {productId}", "Acme", "skates", ["0012345678905"]) };
            if (storedAsDocuments)
            {
                state.Documents = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
            }
            else
            {
                state.Content = ContentStore.Of(documents);
                displayBytes += state.Content.Blocks.Values.Sum(b => (long)b.Data.Length);
            }

            textChars += documents.Sum(d => d.Text!.Length);
            storedBytes += _serializer.Serialize(state).ToArray().Length;
            await _storage.WriteStateAsync("product", _grains.GetGrain<IProductGrain>(id).GetGrainId(), new GrainState<ProductState>(state));
        }

        var before = ActivationMemoryBenchmarks.Heap();
        foreach (var id in ids)
        {
            var product = _grains.GetGrain<IProductGrain>(id);
            _ = await product.GetAsync() ?? throw new InvalidOperationException($"Product {id} did not load its state.");
            _ = await product.GetStatisticsAsync();
            var page = await product.QueryAsync(ActivationMemoryBenchmarks.ProductPage);
            if (page.TotalResults != reviews)
            {
                throw new InvalidOperationException($"Product {id} shows {page.TotalResults} reviews, not {reviews}.");
            }
        }

        var perActivation = (ActivationMemoryBenchmarks.Heap() - before) / (double)products;
        var held = (double)products * reviews;
        return new MemoryRound(perActivation, perActivation / reviews, textChars / held, displayBytes / held, storedBytes / held);
    }
}
