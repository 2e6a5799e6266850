using System.Text.Json;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Solicitation;
using Ugc.Silo.Conversations;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Solicitation;

/// <summary>
/// <c>POST /data/transactions?passkey=...</c> (a key with the <c>transactions</c> scope): a JSON batch of orders,
/// <c>{"transactions": [...]}</c> or a bare array. Bad orders are reported by index and never stop the good ones; the
/// answer comes once every good one is stored and scheduled.
/// </summary>
public static class TransactionEndpoints
{
    public const int MaxBatch = 1000;

    public static RouteGroupBuilder MapTransactionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/data").AddEndpointFilter<ContentGateFilter>().WithTags("Content API");
        group.MapPost("/transactions", IngestAsync).WithMetadata(new ContentEndpoint(ApiScopes.Transactions)).DisableAntiforgery();
        return group;
    }

    private static async Task<IResult> IngestAsync(HttpContext context, IGrainFactory grains, [FromKeyedServices(Grains.DomainClock.Key)] TimeProvider time, CancellationToken cancellationToken)
    {
        var request = ContentRequest.Get(context);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return Error(ConversationsErrorCodes.BadRequest, "The body must be JSON {\"transactions\": [...]}: " + ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && TryGet(root, "transactions", out var list) && list.ValueKind == JsonValueKind.Array ? list
                : default;
            if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() is 0 or > MaxBatch)
            {
                return Error(ConversationsErrorCodes.InvalidParameters, $"transactions must be an array of 1 to {MaxBatch} orders.");
            }

            var now = time.GetUtcNow();
            var accepted = new List<TransactionRecord>();
            var rejected = new List<TransactionRejection>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                TransactionInput? input = null;
                string? error;
                TransactionRecord? record = null;
                try
                {
                    input = TransactionJson.Read(item);
                    (record, error) = TransactionValidator.Validate(input, now);
                }
                catch (FormatException ex)
                {
                    error = ex.Message;
                }

                if (record is not null && !seen.Add(record.OrderId))
                {
                    (record, error) = (null, "orderId appears twice in this batch.");
                }

                if (record is null)
                {
                    rejected.Add(new TransactionRejection(index, input?.OrderId, error ?? "unreadable."));
                }
                else
                {
                    accepted.Add(record);
                }

                index++;
            }

            var summary = accepted.Count == 0 ? IntakeSummary.Empty : await grains.GetGrain<ITransactionIntakeGrain>(0).IngestAsync(request.ClientId, accepted);
            return ConversationsResults.Json(new TransactionsResponse(false, [], index, summary.Scheduled, summary.Duplicates, summary.Suppressed,
                summary.Ineligible, summary.Stale, summary.Disabled, rejected));
        }
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static IResult Error(string code, string message) => ConversationsResults.Json(ErrorEnvelope.Create(code, message));
}
