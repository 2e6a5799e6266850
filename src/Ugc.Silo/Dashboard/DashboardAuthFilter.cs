namespace Ugc.Silo.Dashboard;

/// <summary>
/// Admits operators only: the bearer token, or the session cookie the login page set. Pages redirect strangers to the
/// login page; the JSON API answers 401. A cookie-authenticated POST must carry <see cref="CsrfHeader"/>: a cross-site
/// form cannot set a custom header, and a cross-site script would need a CORS preflight this host never grants.
/// </summary>
public sealed class DashboardAuthFilter(bool redirectToLogin) : IEndpointFilter
{
    public const string CsrfHeader = "X-Ugc-Dashboard";
    public const string LoginPath = "/dashboard/login";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var caller = Authenticate(http);
        if (caller == DashboardCaller.None)
        {
            return redirectToLogin
                ? TypedResults.Redirect(http.Request.PathBase + LoginPath)
                : TypedResults.Problem(detail: "Log in at /dashboard/login or send Authorization: Bearer <operator token>.", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (caller == DashboardCaller.Cookie && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && http.Request.Headers[CsrfHeader] != "1")
        {
            return TypedResults.Problem(detail: $"Send the {CsrfHeader}: 1 header with state-changing requests.", statusCode: StatusCodes.Status403Forbidden);
        }

        http.RequestServices.GetRequiredService<DashboardCollector>().Touch();
        return await next(context);
    }

    /// <summary>Who the request comes from: a valid bearer token wins over the cookie.</summary>
    public static DashboardCaller Authenticate(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = header["Bearer ".Length..].Trim();
            return http.RequestServices.GetRequiredService<IOperatorTokenValidator>().Validate(token) ? DashboardCaller.Bearer : DashboardCaller.None;
        }

        var session = http.Request.Cookies[DashboardSessions.CookieName];
        return http.RequestServices.GetRequiredService<DashboardSessions>().IsValid(session) ? DashboardCaller.Cookie : DashboardCaller.None;
    }
}
