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

    /// <summary>
    /// Activates a product of <paramref name="reviews"/> reviews, then publishes <paramref name="changes"/> more one
    /// event at a time: the bytes storage took per change, and the size of the product's whole state at the end.
    /// </summary>
    public async Task<(double BytesPerChange, double WritesPerChange, double WholeState)> MeasureChangesAsync(StoredBytesCounter counter, int reviews, int changes)
    {
        var id = $"{ActivationMemoryBenchmarks.ClientId}/changes-p0";
        var productId = id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var state = new ProductState
        {
            Catalog = new CatalogProduct(productId, $"Product {productId}", "Acme", "skates", []),
            Content = ContentStore.Of(ActivationMemoryBenchmarks.Documents(productId, reviews, texts, random)),
        };
        var product = _grains.GetGrain<IProductGrain>(id);
        await _storage.WriteStateAsync("product", product.GetGrainId(), new GrainState<ProductState>(state));
        _ = await product.GetAsync();
        var (bytes, writes) = (counter.Bytes, counter.Writes);
        foreach (var document in ActivationMemoryBenchmarks.Documents(productId, changes, texts, random))
        {
            await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, document, document.SubmissionTime));
        }

        var stored = new GrainState<ProductState>(new ProductState());
        await _storage.ReadStateAsync("product", product.GetGrainId(), stored);
        var whole = _serializer.Serialize(stored.State).ToArray().Length;
        return ((counter.Bytes - bytes) / (double)changes, (counter.Writes - writes) / (double)changes, whole);
    }
}
