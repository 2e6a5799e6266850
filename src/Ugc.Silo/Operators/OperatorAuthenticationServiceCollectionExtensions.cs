using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Ugc.Silo.Operators;

/// <summary>Registers the two schemes, the two policies and the one token validator.</summary>
public static class OperatorAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="UgcAuthentication.OperatorScheme"/> and <see cref="UgcAuthentication.ApiKeyScheme"/> schemes
    /// (neither is the default, so routes without a policy never pay for authentication), the
    /// <see cref="UgcAuthentication.OperatorPolicy"/> and <see cref="UgcAuthentication.AdminPolicy"/> policies, the
    /// operator token and sessions.
    /// </summary>
    public static IServiceCollection AddUgcAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<OperatorToken>();
        services.AddHostedService<OperatorTokenInitializer>();
        services.AddSingleton<OperatorSessions>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, OperatorAuthenticationHandler>(UgcAuthentication.OperatorScheme, null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(UgcAuthentication.ApiKeyScheme, null);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, OperatorAuthorizationResultHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(UgcAuthentication.OperatorPolicy, policy => policy
                .AddAuthenticationSchemes(UgcAuthentication.OperatorScheme)
                .RequireRole(UgcAuthentication.OperatorRole)
                .AddRequirements(new CsrfHeaderRequirement()))
            .AddPolicy(UgcAuthentication.AdminPolicy, policy => policy
                .AddAuthenticationSchemes(UgcAuthentication.OperatorScheme, UgcAuthentication.ApiKeyScheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new AdminAccessRequirement(), new CsrfHeaderRequirement()));
        return services;
    }
}
