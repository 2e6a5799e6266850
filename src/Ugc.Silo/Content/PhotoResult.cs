namespace Ugc.Silo.Content;

/// <summary>A photo with its sizes, keyed by size name, and the order of those sizes.</summary>
public sealed record PhotoResult(string Id, string? Caption, IReadOnlyDictionary<string, PhotoSizeResult> Sizes, IReadOnlyList<string> SizesOrder);
