using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Ugc.Silo.Tests.Api;

namespace Ugc.Silo.Tests.Operators;

/// <summary>
/// Every operator route the host maps — our console, the Orleans Dashboard (page, scripts, fonts, JSON, log stream) and
/// the admin API — found in the endpoint table, refuses strangers and client keys; none answers 2xx to either.
/// </summary>
public sealed partial class OperatorRouteTests(OperatorRouteTests.Tenant tenant) : IClassFixture<OperatorRouteTests.Tenant>
{
    private static readonly string[] s_public = ["/dashboard/login", "/dashboard/assets/{name}"];

    [Fact]
    public async Task Every_operator_route_refuses_an_anonymous_caller_and_a_client_key()
    {
        var keys = await tenant.KeysAsync();
        var routes = OperatorRoutes();
        Assert.True(routes.Count >= 50, $"found only {routes.Count} operator routes: " + string.Join(", ", routes));
        foreach (var expected in new[] { "GET /dashboard/", "GET /dashboard/api/pipeline", "POST /dashboard/logout", "GET /dashboard/orleans/",
            "GET /dashboard/orleans/index.min.js", "GET /dashboard/orleans/DashboardCounters", "GET /dashboard/orleans/GrainState",
            "GET /dashboard/orleans/Trace", "POST /admin/content/{contentId}/decision", "POST /admin/deadletters/{id}/replay" })
        {
            Assert.True(routes.Contains((expected.Split(' ')[0], expected.Split(' ')[1])), $"{expected} is not among {string.Join(", ", routes)}");
        }

        using var http = tenant.CreateClient(new() { AllowAutoRedirect = false });
        var failures = new List<string>();
        foreach (var (method, pattern) in routes)
        {
            var url = Concrete(pattern);
            var admin = pattern.StartsWith("/admin", StringComparison.Ordinal);
            await ExpectAsync(http, failures, method, url, null, "application/json", HttpStatusCode.Unauthorized);
            if (method == "GET")
            {
                await ExpectAsync(http, failures, method, url, null, "text/html", HttpStatusCode.Redirect);
            }

            // A key without the admin scope is known but refused by the admin API; the consoles do not take keys at all.
            await ExpectAsync(http, failures, method, url, keys.Display, "application/json", admin ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized);
            if (!admin)
            {
                await ExpectAsync(http, failures, method, url, keys.Admin, "application/json", HttpStatusCode.Unauthorized);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers were not refusals:\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/api/clients")]
    [InlineData("/dashboard/orleans/")]
    [InlineData("/dashboard/orleans/index.min.js")]
    [InlineData("/dashboard/orleans/ClusterStats")]
    [InlineData("/dashboard/orleans/GrainTypes")]
    [InlineData("/admin/models")]
    public async Task The_operator_token_opens_the_operator_routes(string path)
    {
        using var http = tenant.Admin();
        var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task ExpectAsync(HttpClient http, List<string> failures, string method, string url, string? key, string accept, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Accept.ParseAdd(accept);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var location = response.Headers.Location?.OriginalString ?? "";
        var redirectsToLogin = expected != HttpStatusCode.Redirect || location.StartsWith("/dashboard/login?returnUrl=", StringComparison.Ordinal);
        if (response.StatusCode != expected || !redirectsToLogin || response.IsSuccessStatusCode)
        {
            failures.Add($"{method} {url} ({(key is null ? "anonymous" : "key")}, {accept}): {(int)response.StatusCode} {location}");
        }
    }

    private List<(string Method, string Pattern)> OperatorRoutes() =>
    [
        .. tenant.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"], Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Where(e => (e.Pattern == "/dashboard" || e.Pattern.StartsWith("/dashboard/", StringComparison.Ordinal) || e.Pattern.StartsWith("/admin", StringComparison.Ordinal))
                && !s_public.Contains(e.Pattern))
            .SelectMany(e => e.Methods.Select(m => (m, e.Pattern)))
            .Distinct(),
    ];

    /// <summary>A URL matching the pattern: each parameter becomes a harmless value of its kind.</summary>
    private static string Concrete(string pattern) => Parameter().Replace(pattern, m => m.Value.Contains(":int", StringComparison.Ordinal) ? "1" : "x");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    /// <summary>The host with one tenant and two keys of it: one without and one with the admin scope.</summary>
    public sealed class Tenant : UgcApiFactory
    {
        private Task<(string Display, string Admin)>? _keys;

        public Task<(string Display, string Admin)> KeysAsync() => _keys ??= CreateAsync();

        private async Task<(string, string)> CreateAsync()
        {
            var (display, full) = await TenantAsync("routes-brand", "brand");
            return (display, full);
        }
    }
}
