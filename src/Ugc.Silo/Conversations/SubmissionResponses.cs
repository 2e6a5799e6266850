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

    /// <summary>The answer to a request without <c>Action</c>: the form's fields, no errors, values only when prefilled.</summary>
    public static SubmissionResponse Form(SubmissionFormDefinition definition, string? locale = null, IReadOnlyDictionary<string, string>? values = null) =>
        Create(definition, locale, [], [], values ?? new Dictionary<string, string>(), echo: null, receipt: null);

    /// <summary>
    /// The answer to <c>Preview</c> or <c>Submit</c> from the write path's outcome: errors when refused, the receipt once
    /// stored (with the moderation delay promised to shoppers).
    /// </summary>
    public static SubmissionResponse Result(SubmissionOutcome outcome, int typicalHoursToPost)
    {
        var receipt = outcome.Acknowledgement is { } ack
            ? new SubmissionReceipt(ack.SubmissionId, ack.SubmissionTime, typicalHoursToPost, ack.AuthorSubmissionToken)
            : null;
        return Create(outcome.Form, outcome.Locale,
            [.. outcome.Errors.Select(e => new ConversationsError(e.Code, e.Message))],
            [.. outcome.FieldErrors.Select(e => new FormFieldError(e.Field, e.Code, e.Message))],
            outcome.Values, SubmissionEchoes.Create(outcome.Form.Kind, outcome.Values, receipt), receipt);
    }

    /// <summary>An API failure (bad key, rate limit, duplicate) before or instead of validation.</summary>
    public static SubmissionResponse Failure(SubmissionFormDefinition definition, IReadOnlyList<ConversationsError> errors, string? locale = null) =>
        Create(definition, locale, errors, [], new Dictionary<string, string>(), echo: null, receipt: null);

    private static SubmissionResponse Create(
        SubmissionFormDefinition definition,
        string? locale,
        IReadOnlyList<ConversationsError> errors,
        IReadOnlyList<FormFieldError> fieldErrors,
        IReadOnlyDictionary<string, string> values,
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
