using Microsoft.AspNetCore.Authorization;

namespace Ugc.Silo.Operators;

/// <summary>
/// A state change authenticated by the session cookie must carry <see cref="UgcAuthentication.CsrfHeader"/>: a
/// cross-site form cannot set a custom header, and a cross-site script would need a CORS preflight this host never
/// grants. Bearer callers are not at risk (a browser never adds the header by itself).
/// </summary>
public sealed class CsrfHeaderRequirement : AuthorizationHandler<CsrfHeaderRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CsrfHeaderRequirement requirement)
    {
        if (context.Resource is not HttpContext http)
        {
            context.Fail(new AuthorizationFailureReason(this, "No request to check."));
            return Task.CompletedTask;
        }

        var method = http.Request.Method;
        if (!context.User.HasClaim(UgcAuthentication.Claims.Method, "cookie")
            || HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)
            || http.Request.Headers[UgcAuthentication.CsrfHeader] == "1")
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"Send the {UgcAuthentication.CsrfHeader}: 1 header with state-changing requests."));
        }

        return Task.CompletedTask;
    }
}
