namespace Ugc.Silo.Content;

/// <summary>A product in <c>products.json</c> and <c>Includes.Products</c>; statistics are null unless asked for.</summary>
public sealed record ProductResult
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public BrandResult? Brand { get; init; }
    public string? BrandExternalId { get; init; }
    public string? CategoryId { get; init; }
    public string? ProductPageUrl { get; init; }
    public string? ImageUrl { get; init; }
    public IReadOnlyList<string> EANs { get; init; } = [];
    public IReadOnlyList<string> UPCs { get; init; } = [];
    public IReadOnlyList<string> ISBNs { get; init; } = [];
    public IReadOnlyList<string> ManufacturerPartNumbers { get; init; } = [];
    public IReadOnlyList<string> ModelNumbers { get; init; } = [];

    /// <summary>Always empty: the catalog has no product families.</summary>
    public IReadOnlyList<string> FamilyIds { get; init; } = [];

    /// <summary>Always empty: the catalog has no custom attributes.</summary>
    public IReadOnlyDictionary<string, object> Attributes { get; init; } = new Dictionary<string, object>();
    public IReadOnlyList<string> AttributesOrder { get; init; } = [];
    public bool Active { get; init; }
    public bool Disabled { get; init; }
    public IReadOnlyList<string> ReviewIds { get; init; } = [];
    public IReadOnlyList<string> QuestionIds { get; init; } = [];

    /// <summary>Always empty: the platform has no stories.</summary>
    public IReadOnlyList<string> StoryIds { get; init; } = [];
    public int TotalReviewCount { get; init; }
    public int TotalQuestionCount { get; init; }
    public int TotalAnswerCount { get; init; }
    public ReviewStatisticsResult? ReviewStatistics { get; init; }
    public ReviewStatisticsResult? NativeReviewStatistics { get; init; }
    public ReviewStatisticsResult? FilteredReviewStatistics { get; init; }
    public QaStatisticsResult? QAStatistics { get; init; }

    /// <summary>Null: <c>FilteredStats</c> covers reviews only.</summary>
    public QaStatisticsResult? FilteredQAStatistics { get; init; }

    /// <summary>Null: the platform has no stories.</summary>
    public object? StoryStatistics { get; init; }
}
