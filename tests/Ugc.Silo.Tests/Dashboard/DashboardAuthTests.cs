using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Ugc.Silo.Tests.Dashboard;

[Collection(DashboardCollection.Name)]
public sealed class DashboardAuthTests(DashboardHost host)
{
    [Fact]
    public async Task Unauthenticated_dashboard_redirects_to_login_and_api_answers_401()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var page = await http.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/dashboard/login", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/dashboard/api/pipeline")).StatusCode);
        using var html = new HttpRequestMessage(HttpMethod.Get, "/dashboard/orleans");
        html.Headers.Accept.ParseAdd("text/html");
        var orleans = await http.SendAsync(html);
        Assert.Equal(HttpStatusCode.Redirect, orleans.StatusCode);
        Assert.Equal("/dashboard/login", orleans.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/dashboard/orleans/ClusterStats")).StatusCode);

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-token");
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/dashboard/api/clients")).StatusCode);
    }

    [Fact]
    public async Task Bearer_token_opens_the_api()
    {
        using var admin = host.Admin();
        var pipeline = await admin.GetAsync("/dashboard/api/pipeline");
        Assert.Equal(HttpStatusCode.OK, pipeline.StatusCode);
        var page = await admin.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/dashboard/orleans/ClusterStats")).StatusCode);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_sets_an_httponly_strict_session_cookie_that_is_not_the_token()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var bad = await http.PostAsync("/dashboard/login", new FormUrlEncodedContent([new("token", "nope")]));
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.False(bad.Headers.Contains("Set-Cookie"));

        var good = await http.PostAsync("/dashboard/login", new FormUrlEncodedContent([new("token", DashboardHost.Token)]));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var cookie = good.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(DashboardHost.Token, cookie, StringComparison.Ordinal);

        var session = cookie.Split(';')[0];
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/dashboard/api/pipeline");
        withCookie.Headers.Add("Cookie", session);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(withCookie)).StatusCode);

        // A cookie-authenticated POST without the custom header is refused: what a cross-site form would send.
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/dashboard/api/moderation/any/decision") { Content = JsonContent.Create(new { approve = true }) };
        forged.Headers.Add("Cookie", session);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(forged)).StatusCode);
    }
}
