namespace Ugc.Silo.Content;

/// <summary>A client-defined additional field.</summary>
public sealed record AdditionalFieldResult(string Id, string Label, string Value);
