namespace Ugc.Silo.Content;

/// <summary>A tag dimension of a review or question and its values.</summary>
public sealed record TagDimensionResult(string Id, string Label, IReadOnlyList<string> Values);
