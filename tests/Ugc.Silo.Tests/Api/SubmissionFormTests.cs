using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ugc.Silo.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Api;

/// <summary>Field errors, API errors, the form definition and a device velocity block of <c>/data/submitreview.json</c> over HTTP.</summary>
public sealed class SubmissionFormTests : IClassFixture<UgcApiFactory>
{
    private const string GoodText = "Solid kettle: boils a litre quickly, the handle stays cool and the lid closes firmly every time.";
    private readonly UgcApiFactory _factory;

    public SubmissionFormTests(UgcApiFactory factory) => _factory = factory;

    private static Dictionary<string, string> ValidForm(string user, string product = "k1") => new()
    {
        ["Action"] = "Submit", ["ProductId"] = product, ["Rating"] = "4", ["Title"] = "Does the job",
        ["ReviewText"] = $"{GoodText} Bought it for {user} at {product}.", ["UserNickname"] = "nick-" + user, ["UserId"] = user, ["UserEmail"] = user + "@example.com",
        ["fp"] = "device-" + user,
    };

    private async Task<JsonElement> SubmitAsync(string key, Dictionary<string, string> form)
    {
        using var http = _factory.CreateClient();
        var response = await http.PostAsync($"/data/submitreview.json?passkey={key}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await UgcApiFactory.JsonAsync(response);
    }

    private static void AssertFieldError(JsonElement body, string field, string code)
    {
        Assert.True(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
        var formErrors = body.GetProperty("FormErrors");
        var error = formErrors.GetProperty("FieldErrors").GetProperty(field);
        Assert.Equal(code, error.GetProperty("Code").GetString());
        Assert.Equal(field, error.GetProperty("Field").GetString(), ignoreCase: true);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("Message").GetString()));
        Assert.Contains(formErrors.GetProperty("FieldErrorsOrder").EnumerateArray(), f => string.Equals(f.GetString(), field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("SubmissionId").ValueKind);
    }

    [Theory]
    [InlineData("rating", null, "ERROR_FORM_REQUIRED")]
    [InlineData("rating", "6", "ERROR_FORM_TOO_HIGH")]
    [InlineData("rating", "0", "ERROR_FORM_TOO_LOW")]
    [InlineData("title", "A title of fifty-one characters, one over the limit", "ERROR_FORM_TOO_LONG")]
    [InlineData("useremail", "not-an-email", "ERROR_FORM_INVALID_EMAILADDRESS")]
    [InlineData("useremail", "two@@example.com", "ERROR_FORM_INVALID_EMAILADDRESS")]
    public async Task Bad_field_gets_its_field_error_and_stores_nothing(string field, string? value, string code)
    {
        var tenant = $"sf-{field}-{code.Length}-{value?.Length ?? 0}";
        var (display, full) = await _factory.TenantAsync(tenant, "brand", new { id = "k1", name = "Kettle" });
        var form = ValidForm("u1");
        var key = form.Keys.Single(k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase));
        if (value is null)
        {
            form.Remove(key);
        }
        else
        {
            form[key] = value;
        }

        if (field == "title")
        {
            Assert.Equal(51, value!.Length);
        }

        AssertFieldError(await SubmitAsync(full, form), field, code);

        using var http = _factory.CreateClient();
        var author = await UgcApiFactory.JsonAsync(await http.GetAsync($"/data/authors.json?passkey={display}&Filter=Id:u1"));
        Assert.Equal(0, author.GetProperty("TotalResults").GetInt32());
    }

    [Fact]
    public async Task Title_of_exactly_fifty_characters_is_accepted_in_preview()
    {
        var (_, full) = await _factory.TenantAsync("sf-title50", "brand", new { id = "k1", name = "Kettle" });
        var form = ValidForm("u1");
        form["Action"] = "Preview";
        form["Title"] = new string('t', 50);
        var body = await SubmitAsync(full, form);
        Assert.False(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
        Assert.Equal(0, body.GetProperty("FormErrors").GetProperty("FieldErrorsOrder").GetArrayLength());
    }

    [Fact]
    public async Task Second_user_with_a_taken_nickname_gets_duplicate_nickname()
    {
        var (_, full) = await _factory.TenantAsync("sf-nick", "brand", new { id = "k1", name = "Kettle" }, new { id = "k2", name = "Kettle 2" });
        var first = ValidForm("alice");
        first["UserNickname"] = "KettleFan";
        var stored = await SubmitAsync(full, first);
        Assert.False(stored.GetProperty("HasErrors").GetBoolean(), stored.ToString());
        Assert.Equal(JsonValueKind.String, stored.GetProperty("SubmissionId").ValueKind);

        var second = ValidForm("bob", "k2");
        second["UserNickname"] = "kettlefan";
        AssertFieldError(await SubmitAsync(full, second), "usernickname", "ERROR_FORM_DUPLICATE_NICKNAME");

        // The owner of the nickname may keep using it.
        var again = ValidForm("alice", "k2");
        again["UserNickname"] = "KettleFan";
        var ok = await SubmitAsync(full, again);
        Assert.False(ok.GetProperty("HasErrors").GetBoolean(), ok.ToString());
    }

    [Fact]
    public async Task A_review_posted_as_the_shop_plugin_does_without_user_id_is_published()
    {
        var (display, full) = await _factory.TenantAsync("sf-plugin", "retailer", new { id = "k1", name = "Kettle" });
        using (var admin = _factory.Admin())
        {
            // Moderation models are not what this test is about: with none routed, clean content is approved by the rules.
            (await admin.PutAsJsonAsync("/admin/clients/sf-plugin/moderation", new
            {
                bannedTerms = Array.Empty<string>(), allowedTopics = Array.Empty<string>(), models = Array.Empty<object>(), humanSampleRate = 0.0, autoApprove = true,
            })).EnsureSuccessStatusCode();
        }

        var body = await SubmitAsync(full, new Dictionary<string, string>
        {
            ["Action"] = "Submit", ["ProductId"] = "k1", ["UserNickname"] = "Margaret", ["Title"] = "Does the job",
            ["ReviewText"] = GoodText, ["Rating"] = "5", ["Locale"] = "en_US", ["AgreedToTermsAndConditions"] = "true", ["CampaignId"] = "shop-plugin",
        });

        Assert.False(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
        Assert.Equal(0, body.GetProperty("Errors").GetArrayLength());
        Assert.Equal(0, body.GetProperty("FormErrors").GetProperty("FieldErrorsOrder").GetArrayLength());
        var id = body.GetProperty("SubmissionId").GetString();
        using var http = _factory.CreateClient();
        JsonElement page = default;
        await Poll.UntilAsync(async () =>
        {
            page = await UgcApiFactory.JsonAsync(await http.GetAsync($"/data/reviews.json?passkey={display}&Filter=ProductId:k1"));
            return page.GetProperty("TotalResults").GetInt32() == 1;
        }, "the anonymous review is published", TimeSpan.FromSeconds(20));
        var review = page.GetProperty("Results")[0];
        Assert.Equal(id, review.GetProperty("Id").GetString());
        Assert.Equal(("Margaret", "shop-plugin", "en_US"),
            (review.GetProperty("UserNickname").GetString(), review.GetProperty("CampaignId").GetString(), review.GetProperty("ContentLocale").GetString()));
        Assert.StartsWith("anon-", review.GetProperty("AuthorId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_nickname_and_empty_text_come_back_as_field_errors()
    {
        var (_, full) = await _factory.TenantAsync("sf-empty", "retailer", new { id = "k1", name = "Kettle" });
        var body = await SubmitAsync(full, new Dictionary<string, string>
        {
            ["Action"] = "Submit", ["ProductId"] = "k1", ["UserNickname"] = "", ["Title"] = "Does the job", ["ReviewText"] = "", ["Rating"] = "5",
            ["Locale"] = "en_US", ["AgreedToTermsAndConditions"] = "true", ["CampaignId"] = "shop-plugin",
        });

        AssertFieldError(body, "usernickname", "ERROR_FORM_REQUIRED");
        AssertFieldError(body, "reviewtext", "ERROR_FORM_REQUIRED");
        Assert.Equal(0, body.GetProperty("Errors").GetArrayLength());
        Assert.Equal(2, body.GetProperty("FormErrors").GetProperty("FieldErrorsOrder").GetArrayLength());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Missing_user_id_is_an_api_error_and_a_field_error_when_the_client_turns_anonymous_submissions_off(string? userId)
    {
        var tenant = "sf-nouser-" + (userId is null ? "absent" : "empty");
        var (_, full) = await _factory.TenantAsync(tenant, "brand", new { id = "k1", name = "Kettle" });
        using (var admin = _factory.Admin())
        {
            (await admin.PatchAsJsonAsync($"/admin/clients/{tenant}", new { anonymousSubmissions = false })).EnsureSuccessStatusCode();
        }

        var form = ValidForm("u1");
        if (userId is null)
        {
            form.Remove("UserId");
        }
        else
        {
            form["UserId"] = userId;
        }

        var body = await SubmitAsync(full, form);
        Assert.True(body.GetProperty("HasErrors").GetBoolean());
        Assert.Contains(body.GetProperty("Errors").EnumerateArray(), e => e.GetProperty("Code").GetString() == "ERROR_PARAM_MISSING_USER_ID");
        AssertFieldError(body, "userid", "ERROR_FORM_REQUIRED");
    }

    [Fact]
    public async Task Action_absent_returns_the_form_definition()
    {
        var (_, full) = await _factory.TenantAsync("sf-form", "brand", new { id = "k1", name = "Kettle" });
        var body = await SubmitAsync(full, new Dictionary<string, string> { ["ProductId"] = "k1" });
        Assert.False(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("SubmissionId").ValueKind);
        var data = body.GetProperty("Data");
        var fields = data.GetProperty("Fields");
        var rating = fields.GetProperty("rating");
        Assert.Equal("rating", rating.GetProperty("Id").GetString());
        Assert.True(rating.GetProperty("Required").GetBoolean());
        Assert.True(fields.GetProperty("reviewtext").GetProperty("Required").GetBoolean());

        // Clients accept anonymous submissions unless they turn it off.
        Assert.False(fields.GetProperty("userid").GetProperty("Required").GetBoolean());
        Assert.Equal(50, fields.GetProperty("title").GetProperty("MaxLength").GetInt32());
        foreach (var name in new[] { "reviewtext", "usernickname", "useremail", "isrecommended" })
        {
            Assert.True(fields.TryGetProperty(name, out var field), $"field {name} is missing from {fields}");
            foreach (var property in new[] { "Id", "Type", "Label", "Value", "Default", "Required", "MinLength", "MaxLength", "Options" })
            {
                Assert.True(field.TryGetProperty(property, out _), $"{name}.{property} is not emitted");
            }
        }

        var order = data.GetProperty("FieldsOrder").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("rating", order);
        Assert.All(order, id => Assert.True(fields.TryGetProperty(id!, out _), $"FieldsOrder names {id} which is not in Fields"));
        Assert.True(body.GetProperty("FormErrors").TryGetProperty("FieldErrors", out _));
        Assert.Equal(0, body.GetProperty("FormErrors").GetProperty("FieldErrorsOrder").GetArrayLength());
    }

    [Fact]
    public async Task Sixth_submission_from_one_device_is_a_request_limit_block()
    {
        var (_, full) = await _factory.TenantAsync("sf-velocity", "brand",
            [.. Enumerable.Range(0, 6).Select(i => (object)new { id = $"v{i}", name = $"Velocity product {i}" })]);
        for (var i = 0; i < 5; i++)
        {
            var form = ValidForm($"shopper{i}", $"v{i}");
            form["fp"] = "one-shared-device";
            var ok = await SubmitAsync(full, form);
            Assert.False(ok.GetProperty("HasErrors").GetBoolean(), $"submission {i}: {ok}");
        }

        var sixth = ValidForm("shopper5", "v5");
        sixth["fp"] = "one-shared-device";
        var blocked = await SubmitAsync(full, sixth);
        Assert.True(blocked.GetProperty("HasErrors").GetBoolean(), blocked.ToString());
        Assert.Contains(blocked.GetProperty("Errors").EnumerateArray(), e => e.GetProperty("Code").GetString() == "ERROR_REQUEST_LIMIT_REACHED");
        Assert.Equal(JsonValueKind.Null, blocked.GetProperty("SubmissionId").ValueKind);

        // Another device of a new shopper is not affected.
        var other = ValidForm("shopper6", "v5");
        var fine = await SubmitAsync(full, other);
        Assert.False(fine.GetProperty("HasErrors").GetBoolean(), fine.ToString());
    }
}
