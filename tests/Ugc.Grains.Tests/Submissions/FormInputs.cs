using System.Net;
using Ugc.Grains.Submissions;

namespace Ugc.Grains.Tests.Submissions;

/// <summary>Builds a <see cref="FormInput"/> from url-encoded text, as a gateway would from a query string and a form body.</summary>
internal static class FormInputs
{
    public static FormInput Parse(string query, string? body = null) =>
        new(Pairs(query).Concat(Pairs(body ?? "")).GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<string>)[.. g.Select(p => p.Value)])));

    private static IEnumerable<KeyValuePair<string, string>> Pairs(string text)
    {
        foreach (var part in text.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var split = part.IndexOf('=', StringComparison.Ordinal);
            var name = WebUtility.UrlDecode(split < 0 ? part : part[..split]);
            yield return KeyValuePair.Create(name, split < 0 ? "" : WebUtility.UrlDecode(part[(split + 1)..]));
        }
    }
}
