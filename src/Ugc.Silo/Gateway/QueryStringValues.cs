namespace Ugc.Silo.Gateway;

/// <summary>
/// Reads one parameter straight from a raw query string, as <see cref="Conversations.ConversationsParameters"/> would
/// (names in any case, the first non-blank value, trimmed, <c>+</c> and <c>%xx</c> decoded), without parsing the rest.
/// </summary>
public static class QueryStringValues
{
    /// <summary>
    /// The value; null when absent or blank. False when a parameter name is encoded (<c>%</c> or <c>+</c> in a
    /// name), which only a full parse reads right.
    /// </summary>
    public static bool TryGetFirst(string? queryString, string name, out string? value)
    {
        value = null;
        var query = queryString.AsSpan();
        if (query.StartsWith("?"))
        {
            query = query[1..];
        }

        while (query.Length > 0)
        {
            var end = query.IndexOf('&');
            var pair = end < 0 ? query : query[..end];
            query = end < 0 ? [] : query[(end + 1)..];
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            if (key.IndexOfAny('%', '+') >= 0)
            {
                return false;
            }

            if (!key.Equals(name, StringComparison.OrdinalIgnoreCase) || equals < 0)
            {
                continue;
            }

            var raw = pair[(equals + 1)..];
            var decoded = raw.IndexOfAny('%', '+') >= 0 ? Uri.UnescapeDataString(raw.ToString().Replace('+', ' ')) : null;
            var text = decoded is null ? raw.Trim() : decoded.AsSpan().Trim();
            if (!text.IsEmpty)
            {
                value = text.ToString();
                return true;
            }
        }

        return true;
    }
}
