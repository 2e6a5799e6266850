using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Submissions;

/// <summary>The outcome of the field-by-field pass: typed values, field errors and API errors so far.</summary>
internal sealed class ValidatedForm
{
    public Dictionary<string, object> Values { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<SubmissionFieldError> FieldErrors { get; } = [];

    public List<SubmissionError> Errors { get; } = [];

    public string? Locale { get; set; }

    public bool HasErrors => FieldErrors.Count > 0 || Errors.Count > 0;

    public string? Text(string id) => Values.TryGetValue(id, out var value) ? value as string : null;

    public int? Integer(string id) => Values.TryGetValue(id, out var value) && value is int number ? number : null;

    public bool? Boolean(string id) => Values.TryGetValue(id, out var value) && value is bool flag ? flag : null;

    /// <summary>Members of a family such as <c>rating_</c>, keyed by the part after the prefix, in arrival order.</summary>
    public IEnumerable<(string Key, object Value)> Family(string prefix)
    {
        foreach (var (id, value) in Values)
        {
            if (id.Length > prefix.Length && id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return (id[prefix.Length..], value);
            }
        }
    }

    public void AddFieldError(string field, string code, string message) => FieldErrors.Add(new(field, code, message));

    public SubmissionValidationResult<T> ToResult<T>(T? submission)
        where T : class =>
        new(HasErrors ? null : submission, Errors, FieldErrors, Values, Locale);
}
