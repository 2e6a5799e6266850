namespace Ugc.Silo.Content;

/// <summary>One size of a photo.</summary>
public sealed record PhotoSizeResult(string Id, string Url);
