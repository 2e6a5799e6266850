using Ugc.Contracts.Queries;

namespace Ugc.Silo.Content;

/// <summary>
/// What a cached display answer is an answer to: the endpoint, the caller's client and the query string as sent (it
/// holds the key, so each key has its own answers, and parameter order matters, which costs only sharing).
/// </summary>
public readonly record struct DisplayCacheKey(ContentType Type, string ClientId, string Query);
