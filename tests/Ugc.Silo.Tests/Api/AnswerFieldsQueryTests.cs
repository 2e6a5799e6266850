using System.Net.Http.Json;
using System.Text.Json;
using Ugc.Silo.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Silo.Tests.Api;

/// <summary>
/// The answer fields of questions over HTTP, across two products (merged by the gateway with the children the product
/// grains report), and <c>neq</c> with several values.
/// </summary>
public sealed class AnswerFieldsQueryTests(UgcApiFactory factory) : IClassFixture<UgcApiFactory>
{
    [Fact]
    public async Task Questions_filter_and_sort_by_their_answers_across_products()
    {
        var (display, full) = await factory.TenantAsync("aq", "brand", new { id = "p1", name = "Kettle" }, new { id = "p2", name = "Toaster" });
        using (var admin = factory.Admin())
        {
            // Moderation models are not what this test is about: with none routed, clean content is approved by the rules.
            (await admin.PutAsJsonAsync("/admin/clients/aq/moderation", new
            {
                bannedTerms = Array.Empty<string>(), allowedTopics = Array.Empty<string>(), models = Array.Empty<object>(), humanSampleRate = 0.0, autoApprove = true,
            })).EnsureSuccessStatusCode();
        }

        using var http = factory.CreateClient();
        var q1 = await SubmitAsync(http, full, "submitquestion", ["ProductId", "p1", "QuestionSummary", "Does the lid lock when you pour?", "UserNickname", "Asker one", "UserId", "aq-1"]);
        var q2 = await SubmitAsync(http, full, "submitquestion", ["ProductId", "p2", "QuestionSummary", "Does it take bagels?", "UserNickname", "Asker two", "UserId", "aq-2"]);
        var q3 = await SubmitAsync(http, full, "submitquestion", ["ProductId", "p2", "QuestionSummary", "Is the crumb tray removable?", "UserNickname", "Asker three", "UserId", "aq-3"]);
        await UntilAsync(http, $"/data/questions.json?passkey={display}", 3, "the three questions are published");

        await SubmitAsync(http, full, "submitanswer", ["QuestionId", q1, "AnswerText", "Yes, it clicks shut and stays closed when you pour.", "UserNickname", "Helper one", "UserId", "aq-4"]);
        await SubmitAsync(http, full, "submitanswer", ["QuestionId", q2, "AnswerText", "Yes, the slots are wide enough for bagels.", "UserNickname", "Helper two", "UserId", "aq-5"]);
        await SubmitAsync(http, full, "submitanswer", ["QuestionId", q2, "AnswerText", "It does, and it has a bagel setting too.", "UserNickname", "Helper three", "UserId", "aq-6"]);
        await UntilAsync(http, $"/data/answers.json?passkey={display}", 3, "the three answers are published");

        Assert.Equal([q2, q1, q3], await IdsAsync(http, $"/data/questions.json?passkey={display}&Sort=TotalAnswerCount:desc"));
        Assert.Equal([q1, q2, q3], await IdsAsync(http, $"/data/questions.json?passkey={display}&Sort=LastApprovedAnswerSubmissionTime:asc"));
        Assert.Equal(new[] { q1, q2 }.Order(StringComparer.Ordinal),
            (await IdsAsync(http, $"/data/questions.json?passkey={display}&Filter=HasAnswers:true")).Order(StringComparer.Ordinal));
        Assert.Equal([q2], await IdsAsync(http, $"/data/questions.json?passkey={display}&Filter=TotalAnswerCount:gte:2"));
        Assert.Equal([q3], await IdsAsync(http, $"/data/questions.json?passkey={display}&Filter=HasAnswers:false"));
        Assert.Equal(3, (await IdsAsync(http, $"/data/questions.json?passkey={display}&Filter=HasBestAnswer:false")).Count);

        // neq with several values leaves out every one of them.
        Assert.Equal([q3], await IdsAsync(http, $"/data/questions.json?passkey={display}&Filter=Id:neq:{q1},{q2}"));
    }

    private static async Task<string> SubmitAsync(HttpClient http, string key, string endpoint, string[] pairs)
    {
        var form = new Dictionary<string, string> { ["Action"] = "Submit" };
        for (var i = 0; i < pairs.Length; i += 2)
        {
            form[pairs[i]] = pairs[i + 1];
        }

        var body = await UgcApiFactory.JsonAsync(await http.PostAsync($"/data/{endpoint}.json?passkey={key}", new FormUrlEncodedContent(form)));
        Assert.False(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
        return body.GetProperty("SubmissionId").GetString()!;
    }

    private static Task UntilAsync(HttpClient http, string path, int total, string what) =>
        Poll.UntilAsync(async () => (await UgcApiFactory.JsonAsync(await http.GetAsync(path))).GetProperty("TotalResults").GetInt32() == total, what, TimeSpan.FromSeconds(30));

    private static async Task<List<string>> IdsAsync(HttpClient http, string path)
    {
        var body = await UgcApiFactory.JsonAsync(await http.GetAsync(path));
        Assert.False(body.GetProperty("HasErrors").GetBoolean(), body.ToString());
        return [.. body.GetProperty("Results").EnumerateArray().Select(r => r.GetProperty("Id").GetString()!)];
    }
}
