using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Ugc.Silo.Tests.Api;

public sealed class GatewayTests : IClassFixture<UgcApiFactory>
{
    private readonly UgcApiFactory _factory;

    public GatewayTests(UgcApiFactory factory) => _factory = factory;

    [Theory]
    [InlineData("")]
    [InlineData("passkey=nope")]
    [InlineData("PassKey=ghost.k1.secret")]
    public async Task Bad_or_missing_key_is_an_HTTP_200_envelope_with_invalid_api_key(string query)
    {
        using var http = _factory.CreateClient();
        var response = await http.GetAsync("/data/reviews.json?" + query);
        var body = await UgcApiFactory.JsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("HasErrors").GetBoolean());
        Assert.Equal("ERROR_PARAM_INVALID_API_KEY", body.GetProperty("Errors")[0].GetProperty("Code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("TotalResults").ValueKind);
        Assert.Equal(0, body.GetProperty("Results").GetArrayLength());
    }

    [Fact]
    public async Task Display_key_cannot_submit_and_keys_reach_only_their_tenant()
    {
        var (display, _) = await _factory.TenantAsync("gw-a", "brand", new { id = "pa", name = "A product" });
        var (otherDisplay, otherFull) = await _factory.TenantAsync("gw-b", "retailer", new { id = "pb", name = "B product" });
        using var http = _factory.CreateClient();

        var submit = await UgcApiFactory.JsonAsync(await http.PostAsync($"/data/submitreview.json?passkey={display}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Action"] = "Submit", ["ProductId"] = "pa" })));
        Assert.Equal("ERROR_ACCESS_DENIED", submit.GetProperty("Errors")[0].GetProperty("Code").GetString());

        var own = await UgcApiFactory.JsonAsync(await http.GetAsync($"/data/products.json?passkey={display}&filter=id:eq:pa"));
        Assert.Equal(1, own.GetProperty("TotalResults").GetInt32());
        var foreign = await UgcApiFactory.JsonAsync(await http.GetAsync($"/data/products.json?passkey={otherDisplay}&Filter=Id:pa"));
        Assert.Equal(0, foreign.GetProperty("TotalResults").GetInt32());

        using var admin = _factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", otherFull);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/clients/gw-b")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/admin/clients/gw-a")).StatusCode);
    }

    [Fact]
    public async Task Display_responses_carry_an_etag_and_answer_304_when_it_matches()
    {
        var (display, _) = await _factory.TenantAsync("gw-etag", "brand", new { id = "p1", name = "P1" });
        using var http = _factory.CreateClient();
        var first = await http.GetAsync($"/data/products.json?passkey={display}");
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/data/products.json?passkey={display}");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Preview_validates_and_stores_nothing()
    {
        var (display, full) = await _factory.TenantAsync("gw-prev", "brand", new { id = "p1", name = "P1" });
        using var http = _factory.CreateClient();
        var form = new Dictionary<string, string>
        {
            ["Action"] = "Preview", ["ProductId"] = "p1", ["Rating"] = "9", ["UserId"] = "u1", ["UserNickname"] = "previewer", ["ReviewText"] = "Fine so far",
        };
        var bad = await UgcApiFactory.JsonAsync(await http.PostAsync($"/data/submitreview.json?passkey={full}", new FormUrlEncodedContent(form)));
        Assert.Equal("ERROR_FORM_TOO_HIGH", bad.GetProperty("FormErrors").GetProperty("FieldErrors").GetProperty("rating").GetProperty("Code").GetString());

        form["Rating"] = "4";
        var ok = await UgcApiFactory.JsonAsync(await http.PostAsync($"/data/submitreview.json?passkey={full}", new FormUrlEncodedContent(form)));
        Assert.False(ok.GetProperty("HasErrors").GetBoolean(), ok.ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ok.GetProperty("SubmissionId").ValueKind);

        var author = await UgcApiFactory.JsonAsync(await http.GetAsync($"/data/authors.json?passkey={display}&Filter=Id:u1"));
        Assert.Equal(0, author.GetProperty("TotalResults").GetInt32());
    }

    [Theory]
    [InlineData("/data/reviews.json?passkey={0}&Filter=Nope:1", "ERROR_PARAM_INVALID_FILTER_ATTRIBUTE")]
    [InlineData("/data/reviews.json?passkey={0}&Sort=Nope:asc", "ERROR_PARAM_INVALID_SORT_ATTRIBUTE")]
    [InlineData("/data/reviews.json?passkey={0}&Limit=1000", "ERROR_PARAM_INVALID_LIMIT")]
    [InlineData("/data/reviews.json?passkey={0}&Offset=-1", "ERROR_PARAM_INVALID_OFFSET")]
    [InlineData("/data/reviews.json?passkey={0}&Filter=ProductId:%27;DROP%20TABLE%20x;--&Limit=abc", "ERROR_PARAM_INVALID_LIMIT")]
    [InlineData("/data/statistics.json?passkey={0}", "ERROR_PARAM_MISSING_PARAMETERS")]
    public async Task Malformed_parameters_get_the_error_envelope_never_a_500(string path, string code)
    {
        var (display, _) = await _factory.TenantAsync("gw-bad-" + code.Length + "-" + path.Length, "brand");
        using var http = _factory.CreateClient();
        var response = await http.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, display));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await UgcApiFactory.JsonAsync(response);
        Assert.Contains(body.GetProperty("Errors").EnumerateArray(), e => e.GetProperty("Code").GetString() == code);
    }

    [Fact]
    public async Task Wrong_media_type_and_huge_bodies_are_transport_errors_with_the_envelope()
    {
        var (_, full) = await _factory.TenantAsync("gw-media", "brand");
        using var http = _factory.CreateClient();
        var json = await http.PostAsync($"/data/submitreview.json?passkey={full}", JsonContent.Create(new { Action = "Submit" }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.True((await UgcApiFactory.JsonAsync(json)).GetProperty("HasErrors").GetBoolean());

        var huge = await http.PostAsync($"/data/submitreview.json?passkey={full}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["ReviewText"] = new string('x', 2 * 1024 * 1024) }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task Admin_errors_are_problem_details()
    {
        using var anonymous = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/admin/clients/x")).StatusCode);
        using var admin = _factory.Admin();
        var missing = await admin.GetAsync("/admin/clients/does-not-exist");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        await _factory.TenantAsync("gw-dup", "brand");
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/admin/clients", new { id = "gw-dup", name = "x", kind = "brand" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/admin/clients", new { id = "bad/id", name = "x", kind = "brand" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
