namespace Ugc.Silo.Content;

/// <summary>A category in <c>categories.json</c>, derived from the catalog's category ids.</summary>
public sealed record CategoryResult
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? ParentId { get; init; }
    public string? CategoryPageUrl { get; init; }
    public string? ImageUrl { get; init; }
    public IReadOnlyList<string> ProductIds { get; init; } = [];

    /// <summary>Always empty: questions are asked about products, never about a category itself.</summary>
    public IReadOnlyList<string> QuestionIds { get; init; } = [];

    /// <summary>Always empty: the platform has no stories.</summary>
    public IReadOnlyList<string> StoryIds { get; init; } = [];

    /// <summary>Always empty: the catalog has no custom attributes.</summary>
    public IReadOnlyDictionary<string, object> Attributes { get; init; } = new Dictionary<string, object>();
    public IReadOnlyList<string> AttributesOrder { get; init; } = [];
}
