namespace Ugc.Silo.Content;

/// <summary>A product's brand.</summary>
public sealed record BrandResult(string Id, string Name);
