namespace Ugc.Grains.Moderation;

/// <summary>A topic the client accepts content about, recognised by any of its keywords or phrases.</summary>
/// <param name="Topic">The topic's name, e.g. "audio".</param>
/// <param name="Keywords">Words or phrases that put a text on this topic.</param>
public sealed record TopicKeywords(string Topic, IReadOnlyList<string> Keywords);
