using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Ugc.Silo.Operators;

/// <summary>
/// Answers every refusal of our policies in one place: a browser asking for a page without a session goes to the login
/// page (and back after it); any other unauthenticated request gets 401 and a refused one 403, as ProblemDetails.
/// Nothing under a policy ever answers 200 to a stranger.
/// </summary>
public sealed class OperatorAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        if (authorizeResult.Challenged)
        {
            if (HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                var back = Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString);
                context.Response.Redirect($"{request.PathBase}{UgcAuthentication.LoginPath}?returnUrl={back}");
                return;
            }

            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteAsync(context, StatusCodes.Status401Unauthorized,
                $"Log in at {UgcAuthentication.LoginPath}, or send Authorization: Bearer <operator token> (the admin API also takes a client key with the admin scope).");
            return;
        }

        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).ToList() ?? [];
        await WriteAsync(context, StatusCodes.Status403Forbidden, reasons.Count > 0 ? string.Join(" ", reasons) : "This caller may not use this route.");
    }

    private async Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status), Detail = detail },
        });
    }
}
