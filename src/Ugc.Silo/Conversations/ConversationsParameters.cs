using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Ugc.Silo.Conversations;

/// <summary>
/// The request's parameters as the Conversations API sees them: query string and form body merged,
/// names case-insensitive, every value of a repeated name kept (query values first, then form values).
/// </summary>
public sealed class ConversationsParameters
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public ConversationsParameters(
        IEnumerable<KeyValuePair<string, StringValues>> query,
        IEnumerable<KeyValuePair<string, StringValues>>? form = null)
    {
        Add(query);
        if (form is not null)
        {
            Add(form);
        }
    }

    /// <summary>All parameter names, each once, in first-seen order and first-seen spelling.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>An empty parameter set.</summary>
    public static ConversationsParameters Empty { get; } = new([]);

    /// <summary>Parses a raw query string (with or without <c>?</c>) and an optional url-encoded form body.</summary>
    public static ConversationsParameters Parse(string? queryString, string? formBody = null) =>
        new(QueryHelpers.ParseNullableQuery(queryString) ?? [], QueryHelpers.ParseNullableQuery(formBody));

    /// <summary>Reads the query and, for form content types, the body of <paramref name="request"/>.</summary>
    public static async Task<ConversationsParameters> FromRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return new ConversationsParameters(request.Query);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        return new ConversationsParameters(request.Query, form);
    }

    /// <summary>True when the parameter was sent at all, even empty.</summary>
    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>The first non-blank value of a single-valued parameter, trimmed; null when none.</summary>
    public string? Get(string name)
    {
        if (!_values.TryGetValue(name, out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary>Every value of a repeatable parameter, in arrival order (blank values included).</summary>
    public IReadOnlyList<string> GetAll(string name) =>
        _values.TryGetValue(name, out var values) ? values : [];

    /// <summary>Parameters whose name starts with <paramref name="prefix"/> (any case), with the name's remainder.</summary>
    public IEnumerable<(string Suffix, IReadOnlyList<string> Values)> WithPrefix(string prefix)
    {
        foreach (var (name, values) in _values)
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return (name[prefix.Length..], values);
            }
        }
    }

    private void Add(IEnumerable<KeyValuePair<string, StringValues>> source)
    {
        foreach (var (name, values) in source)
        {
            if (!_values.TryGetValue(name, out var list))
            {
                list = [];
                _values.Add(name, list);
            }

            foreach (var value in values)
            {
                list.Add(value ?? "");
            }
        }
    }
}
