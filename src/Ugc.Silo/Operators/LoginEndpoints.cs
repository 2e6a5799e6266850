using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Ugc.Silo.Dashboard;

namespace Ugc.Silo.Operators;

/// <summary>The login page (the operator token in, a session cookie out) and logout, under <c>/dashboard</c>.</summary>
public static class LoginEndpoints
{
    private const string DefaultReturn = "/dashboard";

    public static RouteGroupBuilder MapLoginEndpoints(this RouteGroupBuilder dashboard)
    {
        dashboard.MapGet("/login", LoginPage);
        dashboard.MapPost("/login", LoginAsync);
        dashboard.MapPost("/logout", LogoutAsync).RequireAuthorization(UgcAuthentication.OperatorPolicy);
        return dashboard;
    }

    private static ContentHttpResult LoginPage(HttpContext http, string? returnUrl, CancellationToken cancellationToken) =>
        Page(http, Local(returnUrl), error: false);

    // The form is read by hand: a [FromForm] parameter would demand the antiforgery middleware, which the host does
    // not run; the session cookie is SameSite=Strict and every state change behind it needs the custom header.
    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> LoginAsync(
        HttpContext http, OperatorToken token, OperatorSessions sessions, CancellationToken cancellationToken)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : null;
        var returnUrl = Local(form?["returnUrl"].ToString());
        if (!token.Verify(form?["token"].ToString().Trim()))
        {
            return Page(http, returnUrl, error: true);
        }

        http.Response.Cookies.Append(UgcAuthentication.CookieName, await sessions.OpenAsync(cancellationToken), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            // The console's actions call the admin API, and the Orleans Dashboard lives under /dashboard/orleans.
            Path = "/",
            MaxAge = sessions.Lifetime,
        });
        return TypedResults.Redirect(http.Request.PathBase + returnUrl);
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http, OperatorSessions sessions, CancellationToken cancellationToken)
    {
        await sessions.CloseAsync(http.Request.Cookies[UgcAuthentication.CookieName]).WaitAsync(cancellationToken);
        http.Response.Cookies.Delete(UgcAuthentication.CookieName, new CookieOptions { Path = "/" });
        return TypedResults.NoContent();
    }

    private static ContentHttpResult Page(HttpContext http, string returnUrl, bool error)
    {
        DashboardAssets.ApplySecurityHeaders(http.Response);
        var page = DashboardAssets.Text("login.html")
            .Replace("<!--return-->", $"<input type=\"hidden\" name=\"returnUrl\" value=\"{WebUtility.HtmlEncode(returnUrl)}\">", StringComparison.Ordinal);
        if (error)
        {
            page = page.Replace("<!--error-->", "<p class=\"error\" role=\"alert\">That token is not valid.</p>", StringComparison.Ordinal);
        }

        return TypedResults.Content(page, "text/html; charset=utf-8", statusCode: error ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }

    /// <summary>Only a path of this host's operator pages is followed after login: never another site.</summary>
    private static string Local(string? returnUrl) =>
        returnUrl is { Length: > 0 and < 2048 } url && url.StartsWith(DefaultReturn, StringComparison.Ordinal)
            && (url.Length == DefaultReturn.Length || url[DefaultReturn.Length] is '/' or '?' or '#')
            && !url.Contains('\\', StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal)
            ? url
            : DefaultReturn;
}
