using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ugc.Bench.Http;

/// <summary>The host's HTTP surfaces as the benchmarks use them: admin calls with the operator token, form posts to the content API.</summary>
internal sealed class ContentApi : IDisposable
{
    private const string SubmissionIdField = "\"SubmissionId\":\"";

    private readonly HttpClient _http;

    public ContentApi(Uri baseAddress, string operatorToken, int connections)
    {
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", operatorToken);
    }

    public HttpClient Http => _http;

    /// <summary>An admin call that must succeed; returns the JSON answer (or default for no content).</summary>
    public async Task<JsonElement> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Imports products as NDJSON.</summary>
    public async Task ImportAsync(string clientId, IEnumerable<object> products)
    {
        var ndjson = string.Join('\n', products.Select(p => JsonSerializer.Serialize(p)));
        using var content = new StringContent(ndjson, Encoding.UTF8, "application/x-ndjson");
        using var response = await _http.PostAsync($"/admin/clients/{clientId}/products", content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !text.Contains("\"rejected\":[]", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Importing products of {clientId} answered {(int)response.StatusCode}: {text}");
        }
    }

    /// <summary>Posts a form to the content API; the submission id when it was accepted, else null and the answer.</summary>
    public async Task<(string? SubmissionId, string Answer)> SubmitAsync(string endpoint, string passkey, string form)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(form));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var response = await _http.PostAsync($"/data/{endpoint}.json?apiversion=5.4&passkey={passkey}", content);
        var answer = await response.Content.ReadAsStringAsync();
        return (Accepted(answer), answer);
    }

    /// <summary>A display read; the body.</summary>
    public async Task<string> GetAsync(string pathAndQuery)
    {
        using var response = await _http.GetAsync(pathAndQuery);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A form body of url-encoded fields.</summary>
    public static string Form(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(f => f.Name + "=" + Uri.EscapeDataString(f.Value)));

    public void Dispose() => _http.Dispose();

    private static string? Accepted(string answer)
    {
        if (!answer.Contains("\"HasErrors\":false", StringComparison.Ordinal))
        {
            return null;
        }

        var at = answer.IndexOf(SubmissionIdField, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + SubmissionIdField.Length;
        return answer[start..answer.IndexOf('"', start)];
    }
}
