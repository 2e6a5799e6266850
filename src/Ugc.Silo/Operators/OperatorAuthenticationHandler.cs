using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Ugc.Silo.Operators;

/// <summary>
/// The operator scheme: the operator token as a bearer header, or else the session cookie of the login page. A bearer
/// header that is not the operator token yields no result (it may be a client key for <see cref="ApiKeyAuthenticationHandler"/>),
/// and it wins over a cookie, so a request never mixes two identities. Challenges and refusals are answered by
/// <see cref="OperatorAuthorizationResultHandler"/>.
/// </summary>
public sealed class OperatorAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, OperatorToken token, OperatorSessions sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken.TryRead(Request, out var bearer))
        {
            return token.Verify(bearer) ? Success("bearer") : AuthenticateResult.NoResult();
        }

        var session = Request.Cookies[UgcAuthentication.CookieName];
        if (string.IsNullOrEmpty(session))
        {
            return AuthenticateResult.NoResult();
        }

        return await sessions.IsOpenAsync(session, Context.RequestAborted)
            ? Success("cookie")
            : AuthenticateResult.Fail("The operator session has expired or was closed.");
    }

    private AuthenticateResult Success(string method)
    {
        var identity = new ClaimsIdentity(
            [new(ClaimTypes.Name, "operator"), new(ClaimTypes.Role, UgcAuthentication.OperatorRole), new(UgcAuthentication.Claims.Method, method)],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
