namespace Ugc.Silo.Content;

/// <summary>A category in <c>categories.json</c>, derived from the catalog's category ids.</summary>
public sealed record CategoryResult(string Id, string Name, string? ParentId, string? CategoryPageUrl, string? ImageUrl, IReadOnlyList<string> ProductIds);
