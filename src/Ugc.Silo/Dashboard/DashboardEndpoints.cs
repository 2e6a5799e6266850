using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Ugc.Silo.Dashboard;

/// <summary>The operator dashboard: login, the page and its assets, and the JSON API the page polls.</summary>
public static class DashboardEndpoints
{
    /// <summary>Maps <c>/dashboard</c>; returns its group so the host can add rate limits or more filters.</summary>
    public static RouteGroupBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/dashboard").ExcludeFromDescription();
        group.MapGet("/login", LoginPage);
        group.MapPost("/login", LoginAsync);
        group.MapGet("/assets/{name}", Asset);

        var pages = group.MapGroup("").AddEndpointFilter(new DashboardAuthFilter(redirectToLogin: true));
        pages.MapGet("", Page);
        pages.MapPost("/logout", Logout);

        var api = group.MapGroup("/api").AddEndpointFilter(new DashboardAuthFilter(redirectToLogin: false));
        api.MapDashboardPipelineApi();
        api.MapDashboardDomainApi();
        Solicitation.SolicitationDashboardEndpoints.MapSolicitationDashboardApi(api);
        return group;
    }

    private static ContentHttpResult LoginPage(HttpContext http, CancellationToken cancellationToken)
    {
        DashboardAssets.ApplySecurityHeaders(http.Response);
        return TypedResults.Content(DashboardAssets.Text("login.html"), "text/html; charset=utf-8");
    }

    // The form is read by hand: a [FromForm] parameter would demand the antiforgery middleware, which the host does
    // not run; the session cookie is SameSite=Strict and every state change behind it needs the custom header.
    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> LoginAsync(
        HttpContext http, IOperatorTokenValidator validator, DashboardSessions sessions, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        DashboardAssets.ApplySecurityHeaders(http.Response);
        var token = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(cancellationToken))["token"].ToString().Trim() : "";
        if (!validator.Validate(token))
        {
            var page = DashboardAssets.Text("login.html").Replace("<!--error-->", "<p class=\"error\" role=\"alert\">That token is not valid.</p>", StringComparison.Ordinal);
            return TypedResults.Content(page, "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
        }

        http.Response.Cookies.Append(DashboardSessions.CookieName, sessions.Open(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/dashboard",
            MaxAge = options.Value.SessionLifetime,
        });
        return TypedResults.Redirect(http.Request.PathBase + "/dashboard");
    }

    private static NoContent Logout(HttpContext http, DashboardSessions sessions, CancellationToken cancellationToken)
    {
        sessions.Close(http.Request.Cookies[DashboardSessions.CookieName]);
        http.Response.Cookies.Delete(DashboardSessions.CookieName, new CookieOptions { Path = "/dashboard" });
        return TypedResults.NoContent();
    }

    private static ContentHttpResult Page(HttpContext http, CancellationToken cancellationToken)
    {
        DashboardAssets.ApplySecurityHeaders(http.Response);
        return TypedResults.Content(DashboardAssets.Text("index.html"), "text/html; charset=utf-8");
    }

    // Script and style hold no data, so the login page may load them before anyone has logged in.
    private static Results<FileContentHttpResult, NotFound> Asset(string name, HttpContext http, CancellationToken cancellationToken)
    {
        if (name.EndsWith(".html", StringComparison.Ordinal) || !DashboardAssets.TryGet(name, out var content, out var contentType))
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.File(content, contentType);
    }
}
