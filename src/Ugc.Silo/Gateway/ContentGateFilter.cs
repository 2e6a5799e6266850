using Microsoft.Extensions.Options;
using Ugc.Contracts.Submissions;
using Ugc.Silo.Conversations;

namespace Ugc.Silo.Gateway;

/// <summary>
/// The gate of every content API endpoint, applied once on the group: body size and media type, parameter merge,
/// rate limits per address and key, key validation and scope. Failures answer in the API's envelope.
/// </summary>
public sealed class ContentGateFilter(
    ClientKeyResolver keys, GatewayRateLimiter limiter, IOptions<GatewayOptions> options) : IEndpointFilter
{
    private const string RateLimitLimit = "RateLimit-Limit";
    private const string RateLimitRemaining = "RateLimit-Remaining";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var endpoint = http.GetEndpoint()?.Metadata.GetMetadata<ContentEndpoint>() ?? new ContentEndpoint(Contracts.Clients.ApiScopes.Display);
        var request = http.Request;

        if (request.ContentLength > options.Value.MaxBodyBytes)
        {
            return Fail(endpoint, StatusCodes.Status413PayloadTooLarge, ConversationsErrorCodes.BadRequest,
                $"The request body is larger than {options.Value.MaxBodyBytes} bytes.");
        }

        if (HttpMethods.IsPost(request.Method) && endpoint.Form is not null && request.ContentLength is > 0 && !request.HasFormContentType)
        {
            return Fail(endpoint, StatusCodes.Status415UnsupportedMediaType, ConversationsErrorCodes.Unsupported,
                "Submissions are form-encoded: send Content-Type application/x-www-form-urlencoded.");
        }

        // A form body has to be read and parsed now; a query string only as far as the key, the rest when asked for.
        ConversationsParameters? parameters = null;
        string? passkey;
        if (request.HasFormContentType)
        {
            try
            {
                parameters = await ConversationsParameters.FromRequestAsync(request, http.RequestAborted);
            }
            catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException or FormatException)
            {
                var tooLarge = ex is InvalidDataException || (ex as BadHttpRequestException)?.StatusCode == StatusCodes.Status413PayloadTooLarge;
                return Fail(endpoint, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                    ConversationsErrorCodes.BadRequest, "The request body could not be read as a form: " + ex.Message);
            }

            passkey = parameters.Get("passkey");
        }
        else if (!QueryStringValues.TryGetFirst(request.QueryString.Value, "passkey", out passkey))
        {
            parameters = new ConversationsParameters(request.Query);
            passkey = parameters.Get("passkey");
        }

        var address = AuthorAddress.Resolve(http, options.Value);
        var rate = limiter.Acquire(passkey, address);
        http.Response.Headers[RateLimitLimit] = rate.Limit == options.Value.KeyPermitLimit && passkey is not null ? limiter.KeyLimitHeader : limiter.IpLimitHeader;
        http.Response.Headers[RateLimitRemaining] = rate.Remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!rate.Allowed)
        {
            return Fail(endpoint, StatusCodes.Status200OK, ConversationsErrorCodes.RequestLimitReached, "Too many requests; try again later.");
        }

        if (passkey is null)
        {
            return Fail(endpoint, StatusCodes.Status200OK, ConversationsErrorCodes.InvalidApiKey, "The passkey parameter is required.");
        }

        var key = await keys.ResolveAsync(passkey);
        if (key is null)
        {
            return Fail(endpoint, StatusCodes.Status200OK, ConversationsErrorCodes.InvalidApiKey, "The passkey is not valid.");
        }

        if (!key.Allows(endpoint.Scope))
        {
            return Fail(endpoint, StatusCodes.Status200OK, ConversationsErrorCodes.AccessDenied,
                $"This key does not have the '{endpoint.Scope}' scope.");
        }

        (parameters is null ? ContentRequest.FromQuery(request, key, address) : new ContentRequest(parameters, key, address)).Attach(http);
        return await next(context);
    }

    private static IResult Fail(ContentEndpoint endpoint, int status, string code, string message)
    {
        object body = endpoint.Form is { } form
            ? SubmissionResponses.Failure(SubmissionFormDefaults.For(form), [new ConversationsError(code, message)])
            : ErrorEnvelope.Create(code, message);
        return ConversationsResults.Json(body, status);
    }
}
