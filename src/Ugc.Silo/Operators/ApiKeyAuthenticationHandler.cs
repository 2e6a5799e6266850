using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Operators;

/// <summary>
/// The API key scheme: a client key (<c>{clientId}.{keyId}.{secret}</c>) as a bearer header, validated by its client
/// grain on every request (so a revoked key stops at once); the principal carries the tenant and one claim per scope.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ClientKeyResolver keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!BearerToken.TryRead(Request, out var key) || !ClientKeyResolver.TryGetClientId(key, out _))
        {
            return AuthenticateResult.NoResult();
        }

        if (await keys.ResolveAsync(key) is not { } validation)
        {
            return AuthenticateResult.Fail("The API key is not valid or was revoked.");
        }

        List<Claim> claims =
        [
            new(ClaimTypes.Name, validation.ClientId),
            new(UgcAuthentication.Claims.Client, validation.ClientId),
            new(UgcAuthentication.Claims.Key, validation.KeyId),
            .. validation.Scopes.Select(s => new Claim(UgcAuthentication.Claims.Scope, s)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
