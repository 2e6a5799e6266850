namespace Ugc.Grains.Submissions;

/// <summary>
/// The parameters of a submission as the Conversations API reads them: names case-insensitive, every value of a
/// repeated name kept in arrival order, the first non-blank one counting for single-valued fields.
/// </summary>
public sealed class FormInput
{
    private readonly Dictionary<string, IReadOnlyList<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Merges names that differ only in case, keeping every value in order.</summary>
    public FormInput(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters)
    {
        foreach (var (name, values) in parameters)
        {
            _values[name] = _values.TryGetValue(name, out var earlier) ? [.. earlier, .. values] : values;
        }
    }

    /// <summary>The first non-blank value of a parameter, trimmed; null when none.</summary>
    public string? Get(string name) =>
        _values.TryGetValue(name, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() : null;

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
}
