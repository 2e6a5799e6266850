using System.Text.Json.Serialization;

namespace Ugc.Contracts.Submissions;

/// <summary>An extra constraint on the text of a field.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubmissionFieldFormat>))]
[GenerateSerializer, Alias("ugc.submission-field-format")]
public enum SubmissionFieldFormat
{
    None,

    /// <summary>An e-mail address (<c>ERROR_FORM_INVALID_EMAILADDRESS</c>).</summary>
    Email,

    /// <summary>Letters, digits, <c>-</c> and <c>_</c> only, as user ids (<c>ERROR_FORM_PATTERN_MISMATCH</c>).</summary>
    Identifier,

    /// <summary>An absolute http or https URL (<c>ERROR_FORM_PATTERN_MISMATCH</c>).</summary>
    Url,
}
