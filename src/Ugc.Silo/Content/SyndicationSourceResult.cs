namespace Ugc.Silo.Content;

/// <summary>Where syndicated content came from: the collecting client and how to show it.</summary>
public sealed record SyndicationSourceResult(string? ClientId, string Name, string? LogoImageUrl, string? ContentLink);
