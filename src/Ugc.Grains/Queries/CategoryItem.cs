namespace Ugc.Grains.Queries;

/// <summary>A category of a client's catalog, derived from its products' category ids.</summary>
/// <param name="Id">The category id.</param>
/// <param name="Name">Its name (the id: the catalog import carries no category names).</param>
/// <param name="ParentId">The parent category (the catalog import carries no hierarchy).</param>
/// <param name="ProductIds">The products in it.</param>
public sealed record CategoryItem(string Id, string Name, string? ParentId, IReadOnlyList<string> ProductIds);
