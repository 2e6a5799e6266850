using Ugc.Contracts.Submissions;

namespace Ugc.Silo.Conversations;

/// <summary>Factories for <see cref="SubmissionResponse"/>: form definition, preview or submit result, API failure.</summary>
public static class SubmissionResponses
{
    /// <summary>The key of the echo object for a form kind.</summary>
    public static string EchoName(SubmissionFormKind kind) => kind switch
    {
        SubmissionFormKind.ReviewComment => "Comment",
        _ => kind.ToString(),
    };

    /// <summary>The answer to a request without <c>Action</c>: the form's fields, no values, no errors.</summary>
    public static SubmissionResponse Form(SubmissionFormDefinition definition, string? locale = null) =>
        Create(definition, locale, [], [], new Dictionary<string, object>(), echo: null, receipt: null);

    /// <summary>The answer to <c>Preview</c> (no receipt) or <c>Submit</c> (with the receipt once stored).</summary>
    public static SubmissionResponse Result<T>(
        SubmissionFormDefinition definition, SubmissionValidationResult<T> result, SubmissionReceipt? receipt = null)
        where T : class =>
        Create(definition, result.Locale, result.Errors, result.FieldErrors, result.Values,
            SubmissionEchoes.Create(definition.Kind, result.Values, receipt), receipt);

    /// <summary>An API failure (bad key, rate limit, duplicate) before or instead of validation.</summary>
    public static SubmissionResponse Failure(SubmissionFormDefinition definition, IReadOnlyList<ConversationsError> errors, string? locale = null) =>
        Create(definition, locale, errors, [], new Dictionary<string, object>(), echo: null, receipt: null);

    private static SubmissionResponse Create(
        SubmissionFormDefinition definition,
        string? locale,
        IReadOnlyList<ConversationsError> errors,
        IReadOnlyList<FormFieldError> fieldErrors,
        IReadOnlyDictionary<string, object> values,
        object? echo,
        SubmissionReceipt? receipt)
    {
        var data = SubmissionDataBuilder.Build(definition, values);
        return new SubmissionResponse(
            locale,
            errors.Count > 0 || fieldErrors.Count > 0,
            errors,
            [.. data.FieldsOrder.Select(id => new SubmissionFormEntry("Field", id))],
            data,
            SubmissionFormErrors.From(fieldErrors),
            receipt?.SubmissionId,
            receipt?.TypicalHoursToPost,
            receipt?.AuthorSubmissionToken)
        {
            Echo = new() { [EchoName(definition.Kind)] = echo },
        };
    }
}
