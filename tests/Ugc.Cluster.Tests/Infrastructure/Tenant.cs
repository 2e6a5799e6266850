using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>
/// A brand created through the admin API of one silo: a catalog, limits that the test load cannot reach, moderation
/// by rules only (no model, no sampling: every review the test writes is approved), and a display+submit key.
/// </summary>
public sealed record Tenant(string ClientId, string Key, IReadOnlyList<string> Products)
{
    public static async Task<Tenant> CreateAsync(HttpClient http, Uri silo, string clientId, int productCount, string operatorToken)
    {
        async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object body)
        {
            using var request = new HttpRequestMessage(method, new Uri(silo, path)) { Content = JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", operatorToken);
            var response = await http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response;
        }

        var products = Enumerable.Range(0, productCount).Select(i => $"p{i}").ToList();
        await SendAsync(HttpMethod.Post, "/admin/clients", new { id = clientId, name = "Cluster Brand", kind = "brand" });
        await SendAsync(HttpMethod.Post, $"/admin/clients/{clientId}/products", products.Select(p => new { id = p, name = "Product " + p }).ToList());
        await SendAsync(HttpMethod.Patch, $"/admin/clients/{clientId}", new
        {
            limits = new
            {
                submissionsPerShopper = 1_000_000, submissionsPerDevice = 1_000_000, submissionsPerIp = 1_000_000, submissionsPerEmail = 1_000_000,
                windowMinutes = 10, reviewsPerProductPerShopper = 1_000_000, lowRatingBurst = 1_000_000, burstWindowMinutes = 60,
            },
        });
        await SendAsync(HttpMethod.Put, $"/admin/clients/{clientId}/moderation", new
        {
            bannedTerms = Array.Empty<string>(), allowedTopics = Array.Empty<string>(), models = Array.Empty<object>(),
            humanSampleRate = 0.0, autoApprove = true, inappropriateReportsToRequeue = 3,
        });
        using var issued = await SendAsync(HttpMethod.Post, $"/admin/clients/{clientId}/keys", new { scopes = new[] { "display", "submit" } });
        var key = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        return new Tenant(clientId, key, products);
    }

    /// <summary>A review form with a text no other submission of the run shares (the duplicate-text check would block it).</summary>
    public FormUrlEncodedContent ReviewForm(string product, long serial, string run) => new(new Dictionary<string, string>
    {
        ["Action"] = "Submit",
        ["ProductId"] = product,
        ["Rating"] = "5",
        ["Title"] = "Solid and comfortable",
        ["ReviewText"] = $"Review {Words(serial)} of run {run}: comfortable, well made and it works every day exactly as described by the maker.",
        ["UserNickname"] = $"n{run}{Words(serial)}",
        ["UserId"] = $"u{run}{Words(serial)}",
    });

    public Uri SubmitUri(Uri silo) => new(silo, $"/data/submitreview.json?passkey={Key}&apiversion=5.4");

    public Uri ReviewsUri(Uri silo, string product, int limit, int offset) =>
        new(silo, $"/data/reviews.json?passkey={Key}&apiversion=5.4&Filter=ProductId:{product}&Limit={limit}&Offset={offset}");

    /// <summary>Every review id visible on the tenant's products through <paramref name="silo"/>.</summary>
    public async Task<HashSet<string>> VisibleIdsAsync(HttpClient http, Uri silo)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var product in Products)
        {
            for (var offset = 0; ; offset += 100)
            {
                var page = JsonDocument.Parse(await http.GetStringAsync(ReviewsUri(silo, product, 100, offset))).RootElement;
                Assert.False(page.GetProperty("HasErrors").GetBoolean(), page.ToString());
                foreach (var review in page.GetProperty("Results").EnumerateArray())
                {
                    ids.Add(review.GetProperty("Id").GetString()!);
                }

                if (offset + 100 >= page.GetProperty("TotalResults").GetInt64())
                {
                    break;
                }
            }
        }

        return ids;
    }

    /// <summary>
    /// A number spelled in letters, each digit (base 25, a to y) followed by z: letters are words to the duplicate
    /// check's fingerprint, and no letter repeats (its normalizer folds repeated letters, so "qbb" would equal "qb").
    /// </summary>
    private static string Words(long serial)
    {
        var letters = new Stack<string>();
        do
        {
            letters.Push((char)('a' + (int)(serial % 25)) + "z");
            serial /= 25;
        }
        while (serial > 0);
        return "q" + string.Concat(letters);
    }
}
