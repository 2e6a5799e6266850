using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Ugc.Silo.Tests.Dashboard;

/// <summary>The operator scheme over real HTTP: login page, session cookie, bearer token, CSRF header, logout.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardAuthTests(DashboardHost host)
{
    [Fact]
    public async Task Strangers_get_the_login_page_for_html_and_401_for_json_on_both_consoles()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        foreach (var (path, back) in new[] { ("/dashboard", "%2Fdashboard"), ("/dashboard/orleans/", "%2Fdashboard%2Forleans%2F") })
        {
            using var page = new HttpRequestMessage(HttpMethod.Get, path);
            page.Headers.Accept.ParseAdd("text/html");
            var answer = await http.SendAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Equal("/dashboard/login?returnUrl=" + back, answer.Headers.Location?.OriginalString);
        }

        foreach (var json in new[] { "/dashboard/api/pipeline", "/dashboard/orleans/ClusterStats", "/dashboard/orleans/index.min.js", "/admin/clients/x" })
        {
            var answer = await http.GetAsync(json);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/dashboard/api/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/dashboard/orleans/DashboardCounters")).StatusCode);
    }

    [Fact]
    public async Task Bearer_token_opens_the_console_and_the_orleans_dashboard_but_not_its_log_stream()
    {
        using var admin = host.Admin();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/dashboard/api/pipeline")).StatusCode);
        var page = await admin.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/dashboard/orleans/ClusterStats")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/dashboard/orleans/index.min.js")).StatusCode);

        // The live log stream is off unless Ugc:Dashboard:OrleansTrace turns it on.
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/dashboard/orleans/Trace")).StatusCode);
    }

    [Fact]
    public async Task Login_cookie_is_httponly_strict_not_the_token_and_opens_the_admin_api_only_with_the_csrf_header()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var bad = await http.PostAsync("/dashboard/login", new FormUrlEncodedContent([new("token", "nope")]));
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.False(bad.Headers.Contains("Set-Cookie"));

        var session = await LoginAsync(http, "/dashboard");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, HttpMethod.Get, "/dashboard/api/pipeline", session)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, HttpMethod.Get, "/dashboard/orleans/ClusterStats", session)).StatusCode);

        // A cookie-authenticated POST without the custom header is what a cross-site form would send: refused.
        var forged = await SendAsync(http, HttpMethod.Post, "/admin/content/no-such-content/decision", session, new { decision = "approve" });
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("X-Ugc-Dashboard", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // With it, the request reaches the admin endpoint itself, which knows no such content.
        var decided = await SendAsync(http, HttpMethod.Post, "/admin/content/no-such-content/decision", session, new { decision = "approve" }, csrf: true);
        Assert.Equal(HttpStatusCode.NotFound, decided.StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_session_at_once()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var session = await LoginAsync(http, "/dashboard");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, HttpMethod.Get, "/dashboard/api/clients", session)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(http, HttpMethod.Post, "/dashboard/logout", session)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(http, HttpMethod.Post, "/dashboard/logout", session, csrf: true)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(http, HttpMethod.Get, "/dashboard/api/clients", session)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(http, HttpMethod.Get, "/dashboard/orleans/ClusterStats", session)).StatusCode);
    }

    [Theory]
    [InlineData("/dashboard/orleans/", "/dashboard/orleans/")]
    [InlineData("/dashboard#moderation", "/dashboard#moderation")]
    [InlineData("https://elsewhere.example/", "/dashboard")]
    [InlineData("//elsewhere.example/dashboard", "/dashboard")]
    [InlineData("/admin/clients", "/dashboard")]
    public async Task Login_returns_to_the_operator_page_that_asked_and_never_elsewhere(string returnUrl, string expected)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var login = await http.PostAsync("/dashboard/login", new FormUrlEncodedContent([new("token", DashboardHost.Token), new("returnUrl", returnUrl)]));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(expected, login.Headers.Location?.OriginalString);
    }

    private static async Task<string> LoginAsync(HttpClient http, string returnUrl)
    {
        var good = await http.PostAsync("/dashboard/login", new FormUrlEncodedContent([new("token", DashboardHost.Token), new("returnUrl", returnUrl)]));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var cookie = good.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(DashboardHost.Token, cookie, StringComparison.Ordinal);
        return cookie.Split(';')[0];
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string session, object? body = null, bool csrf = false)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Cookie", session);
        if (csrf)
        {
            request.Headers.Add("X-Ugc-Dashboard", "1");
        }

        return await http.SendAsync(request);
    }
}
