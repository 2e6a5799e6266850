namespace Ugc.Silo.Conversations;

/// <summary>The <c>FormErrors</c> object, present in every submission response (empty maps when valid).</summary>
public sealed record SubmissionFormErrors(
    IReadOnlyDictionary<string, FormFieldError> FieldErrors,
    IReadOnlyList<string> FieldErrorsOrder,
    IReadOnlyDictionary<string, FormGroupError> GroupErrors,
    IReadOnlyList<string> GroupErrorsOrder)
{
    public static SubmissionFormErrors None { get; } = From([]);

    /// <summary>Keys field errors by field, first error per field, in the given order.</summary>
    public static SubmissionFormErrors From(IEnumerable<FormFieldError> fieldErrors)
    {
        var byField = new Dictionary<string, FormFieldError>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var error in fieldErrors)
        {
            if (byField.TryAdd(error.Field, error))
            {
                order.Add(error.Field);
            }
        }

        return new(byField, order, new Dictionary<string, FormGroupError>(), []);
    }
}
