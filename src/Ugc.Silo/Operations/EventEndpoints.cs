using Ugc.Contracts.Analytics;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Silo.Conversations;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Operations;

/// <summary><c>POST /data/events</c>: batched analytics events appended durably to the <c>analytics</c> stream (key: client id).</summary>
public static class EventEndpoints
{
    public const int MaxBatch = 1000;
    private static readonly string[] s_types = ["pageview", "impression", "click"];

    public static RouteGroupBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/data").AddEndpointFilter<ContentGateFilter>().WithTags("Content API");
        group.MapPost("/events", IngestAsync).WithMetadata(new ContentEndpoint(ApiScopes.Display)).DisableAntiforgery();
        return group;
    }

    private static async Task<IResult> IngestAsync(HttpContext context, IClusterClient cluster, TimeProvider time, CancellationToken cancellationToken)
    {
        var request = ContentRequest.Get(context);
        EventBatch? batch;
        try
        {
            batch = await context.Request.ReadFromJsonAsync<EventBatch>(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return Error(ConversationsErrorCodes.BadRequest, "The body must be JSON {\"events\": [...]}: " + ex.Message);
        }

        if (batch?.Events is not { } events || events.Count == 0 || events.Count > MaxBatch)
        {
            return Error(ConversationsErrorCodes.InvalidParameters, $"events must hold 1 to {MaxBatch} events.");
        }

        var now = time.GetUtcNow();
        var accepted = new List<AnalyticsEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var type = e.Type?.Trim().ToLowerInvariant();
            if (type is null || !s_types.Contains(type))
            {
                return Error(ConversationsErrorCodes.InvalidParameters, $"events[{i}].type must be pageview, impression or click.");
            }

            if (e.Count is < 1 or > 1_000_000 || (e.Time is { } t && (t > now.AddMinutes(5) || t < now.AddDays(-400))) || e.ProductId?.Length > 200)
            {
                return Error(ConversationsErrorCodes.InvalidParameters, $"events[{i}] has a count outside 1..1000000, a time in the future or too old, or a long productId.");
            }

            accepted.Add(new AnalyticsEvent(type, e.ProductId, e.Time ?? now, e.Count ?? 1));
        }

        await cluster.GetStreamProvider(StreamNames.Provider)
            .GetStream<AnalyticsEvent>(StreamId.Create(StreamNames.Analytics, request.ClientId)).OnNextBatchAsync(accepted);
        return ConversationsResults.Json(new EventsAccepted(accepted.Count));
    }

    private static IResult Error(string code, string message) => ConversationsResults.Json(ErrorEnvelope.Create(code, message));
}

/// <summary>The body of <c>/data/events</c>.</summary>
public sealed record EventBatch(IReadOnlyList<IncomingEvent>? Events);

/// <summary>One analytics event as sent.</summary>
public sealed record IncomingEvent(string? Type, string? ProductId, DateTimeOffset? Time, long? Count);

/// <summary>The answer once the batch is durable. Serialized as <c>{"accepted": n}</c>.</summary>
public sealed record EventsAccepted([property: System.Text.Json.Serialization.JsonPropertyName("accepted")] int Accepted);
