using Microsoft.Net.Http.Headers;

namespace Ugc.Silo.Content;

/// <summary>Writes a display answer serialized earlier: its ETag, a short <c>Cache-Control</c>, and 304 when the client has it.</summary>
public sealed class CachedDisplayResult(byte[] body, string etag, string cacheControl) : IResult
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        response.Headers.Vary = "Accept-Encoding";
        var ifNoneMatch = httpContext.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0 && Matches(ifNoneMatch.ToString(), etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, 0, body.Length, httpContext.RequestAborted);
    }

    private static bool Matches(string ifNoneMatch, string etag) =>
        !string.IsNullOrWhiteSpace(ifNoneMatch)
        && EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)
        && tags.Any(t => t.Tag == "*" || string.Equals(t.Tag.ToString(), etag, StringComparison.Ordinal));
}
