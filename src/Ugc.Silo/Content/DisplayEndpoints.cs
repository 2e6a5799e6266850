using System.Text.Json;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Queries;
using Ugc.Silo.Conversations;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Content;

/// <summary>
/// The display endpoints of the content API: <c>GET /data/{reviews,questions,...}.json</c>. Answers come from the
/// <see cref="DisplayCache"/> while current; an author's own reads (<c>AuthorSubmissionToken</c>) are never cached.
/// </summary>
public static class DisplayEndpoints
{
    private static readonly ContentType[] s_types =
    [
        ContentType.Reviews, ContentType.Questions, ContentType.Answers, ContentType.ReviewComments,
        ContentType.Products, ContentType.Categories, ContentType.Authors, ContentType.Statistics,
    ];

    public static RouteGroupBuilder MapDisplayEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/data").AddEndpointFilter<ContentGateFilter>().WithTags("Content API")
            .WithMetadata(new ContentEndpoint(ApiScopes.Display));
        foreach (var type in s_types)
        {
            var resource = ContentTypeNames.ResourceName(type);
            group.MapGet($"/{resource}.json", (HttpContext context, ContentReader reader, DisplayCache cache, IOptions<GatewayOptions> options, CancellationToken cancellationToken) =>
                    DisplayAsync(type, context, reader, cache, options.Value, cancellationToken))
                .WithName("display-" + resource);
        }

        return group;
    }

    private static ValueTask<IResult> DisplayAsync(
        ContentType type, HttpContext context, ContentReader reader, DisplayCache cache, GatewayOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = ContentRequest.Get(context);
        var query = context.Request.QueryString.Value ?? "";
        var personal = context.Request.HasFormContentType
            || !QueryStringValues.TryGetFirst(query, "AuthorSubmissionToken", out var token) || token is not null;
        if (personal)
        {
            return new(PersonalAsync(type, request, reader, options));
        }

        return cache.GetAsync(new DisplayCacheKey(type, request.ClientId, query), () => ReadAsync(type, request, reader));
    }

    private static async Task<DisplayRead> ReadAsync(ContentType type, ContentRequest request, ContentReader reader)
    {
        var parsed = DisplayRequestParser.Parse(type, request.Parameters);
        if (!parsed.IsValid)
        {
            return new([], null, ConversationsResults.Json(ErrorEnvelope.Create(parsed.Errors, request.Parameters.Get("Locale"))));
        }

        using var collecting = ReadDependencies.Collect(out var dependencies);
        var body = await reader.ReadAsync(request.ClientId, parsed.Query, null);
        return new(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ConversationsJson.Options), dependencies);
    }

    private static async Task<IResult> PersonalAsync(ContentType type, ContentRequest request, ContentReader reader, GatewayOptions options)
    {
        var parsed = DisplayRequestParser.Parse(type, request.Parameters);
        if (!parsed.IsValid)
        {
            return ConversationsResults.Json(ErrorEnvelope.Create(parsed.Errors, request.Parameters.Get("Locale")));
        }

        var body = await reader.ReadAsync(request.ClientId, parsed.Query, request.Parameters.Get("AuthorSubmissionToken"));
        return ConversationsResults.Cacheable(body, options.CacheSeconds);
    }
}
