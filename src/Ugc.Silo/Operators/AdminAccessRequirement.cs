using Microsoft.AspNetCore.Authorization;
using Ugc.Contracts.Clients;
using Ugc.Silo.Admin;

namespace Ugc.Silo.Operators;

/// <summary>
/// The admin API's rule: an operator, or a client key with the <c>admin</c> scope or the extra scope the route names in
/// its <see cref="AdminScope"/> metadata. Which tenant a key reaches is the handlers' check (<see cref="AdminCaller"/>).
/// </summary>
public sealed class AdminAccessRequirement : AuthorizationHandler<AdminAccessRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AdminAccessRequirement requirement)
    {
        var extra = (context.Resource as HttpContext)?.GetEndpoint()?.Metadata.GetMetadata<AdminScope>()?.Scope;
        if (context.User.IsInRole(UgcAuthentication.OperatorRole)
            || context.User.HasClaim(UgcAuthentication.Claims.Scope, ApiScopes.Admin)
            || (extra is not null && context.User.HasClaim(UgcAuthentication.Claims.Scope, extra)))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, extra is null ? "This key has no admin scope." : $"This key has neither the admin nor the {extra} scope."));
        }

        return Task.CompletedTask;
    }
}
