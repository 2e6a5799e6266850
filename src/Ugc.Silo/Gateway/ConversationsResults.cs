using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Gateway;

/// <summary>Writes content API bodies with the API's JSON settings; display answers carry an ETag and honour If-None-Match.</summary>
public static class ConversationsResults
{
    public static IResult Json(object payload, int statusCode = StatusCodes.Status200OK) =>
        new BytesResult(JsonSerializer.SerializeToUtf8Bytes(payload, payload.GetType(), ConversationsJson.Options), statusCode, null);

    /// <summary>A cacheable display answer: strong ETag over the body, short <c>Cache-Control</c>, 304 on a match.</summary>
    public static IResult Cacheable(object payload, int cacheSeconds) =>
        new BytesResult(JsonSerializer.SerializeToUtf8Bytes(payload, payload.GetType(), ConversationsJson.Options), StatusCodes.Status200OK, cacheSeconds);

    private sealed class BytesResult(byte[] body, int statusCode, int? cacheSeconds) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            if (cacheSeconds is { } seconds)
            {
                var etag = "\"" + Convert.ToHexString(SHA256.HashData(body), 0, 16).ToLowerInvariant() + "\"";
                response.Headers.ETag = etag;
                response.Headers.CacheControl = $"private, max-age={seconds}";
                response.Headers.Vary = "Accept-Encoding";
                if (Matches(httpContext.Request.Headers.IfNoneMatch.ToString(), etag))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
            }

            response.StatusCode = statusCode;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }

        private static bool Matches(string ifNoneMatch, string etag)
        {
            if (string.IsNullOrWhiteSpace(ifNoneMatch))
            {
                return false;
            }

            return EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)
                && tags.Any(t => t.Tag == "*" || string.Equals(t.Tag.ToString(), etag, StringComparison.Ordinal));
        }
    }
}
