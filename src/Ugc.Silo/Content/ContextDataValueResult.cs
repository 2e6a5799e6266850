namespace Ugc.Silo.Content;

/// <summary>An answer to a context-data question.</summary>
public sealed record ContextDataValueResult(string Id, string Value, string DimensionLabel, string ValueLabel);
