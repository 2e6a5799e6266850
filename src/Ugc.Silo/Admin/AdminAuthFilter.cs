using Ugc.Contracts.Clients;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Admin;

/// <summary>
/// Authenticates the admin API once on the group: <c>Authorization: Bearer</c> with the operator token, or a client key
/// with the <c>admin</c> scope (or the scope the route names in <see cref="AdminScope"/>).
/// </summary>
public sealed class AdminAuthFilter(OperatorToken operatorToken, ClientKeyResolver keys) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        if (string.IsNullOrEmpty(token))
        {
            return Problem(StatusCodes.Status401Unauthorized, "Send Authorization: Bearer <operator token or admin key>.");
        }

        AdminCaller caller;
        if (operatorToken.Verify(token))
        {
            caller = AdminCaller.Operator;
        }
        else if (await keys.ResolveAsync(token) is { } key)
        {
            var extra = http.GetEndpoint()?.Metadata.GetMetadata<AdminScope>()?.Scope;
            if (!key.Allows(ApiScopes.Admin) && (extra is null || !key.Allows(extra)))
            {
                return Problem(StatusCodes.Status403Forbidden, "This key has no admin scope.");
            }

            caller = new AdminCaller(key.ClientId, key.Scopes);
        }
        else
        {
            return Problem(StatusCodes.Status401Unauthorized, "The bearer token is not valid.");
        }

        caller.Attach(http);
        return await next(context);
    }

    private static IResult Problem(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);
}
