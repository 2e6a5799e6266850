using Ugc.Contracts.Content;

namespace Ugc.Silo.Content;

/// <summary>A product in <c>products.json</c> and <c>Includes.Products</c>.</summary>
public sealed record ProductResult
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public BrandResult? Brand { get; init; }
    public string? CategoryId { get; init; }
    public string? ProductPageUrl { get; init; }
    public string? ImageUrl { get; init; }
    public IReadOnlyList<string> EANs { get; init; } = [];
    public IReadOnlyList<string> UPCs { get; init; } = [];
    public IReadOnlyList<string> ISBNs { get; init; } = [];
    public IReadOnlyList<string> ManufacturerPartNumbers { get; init; } = [];
    public IReadOnlyList<string> ModelNumbers { get; init; } = [];
    public bool Active { get; init; }
    public bool Disabled { get; init; }
    public IReadOnlyList<string> ReviewIds { get; init; } = [];
    public IReadOnlyList<string> QuestionIds { get; init; } = [];
    public int TotalReviewCount { get; init; }
    public ReviewStatistics? ReviewStatistics { get; init; }
    public ReviewStatistics? NativeReviewStatistics { get; init; }
    public ReviewStatistics? FilteredReviewStatistics { get; init; }
    public QaStatistics? QAStatistics { get; init; }
}

/// <summary>A product's brand.</summary>
public sealed record BrandResult(string Id, string Name);
