using Microsoft.AspNetCore.Http.HttpResults;
using Ugc.Silo.Operators;

namespace Ugc.Silo.Dashboard;

/// <summary>The operator console: login, the page and its assets, and the JSON the page polls, behind the operator policy.</summary>
public static class DashboardEndpoints
{
    /// <summary>Maps <c>/dashboard</c>; returns its group so the host can add rate limits or more conventions.</summary>
    public static RouteGroupBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/dashboard").ExcludeFromDescription();
        group.MapLoginEndpoints();
        group.MapGet("/assets/{name}", Asset);
        group.MapGet("", Page).RequireAuthorization(UgcAuthentication.OperatorPolicy);

        var api = group.MapGroup("/api").RequireAuthorization(UgcAuthentication.OperatorPolicy);
        api.MapDashboardPipelineApi();
        api.MapDashboardDomainApi();
        return group;
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
