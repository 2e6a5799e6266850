namespace Ugc.Contracts.Submissions;

/// <summary>
/// The Conversations API's codes the write path answers with: request-level codes go to <c>Errors</c>, <c>ERROR_FORM_*</c>
/// codes to <c>FormErrors.FieldErrors</c>. The gateway's code table refers to these values.
/// </summary>
public static class SubmissionErrorCodes
{
    // Request-level faults (Errors[]).
    public const string RequestLimitReached = "ERROR_REQUEST_LIMIT_REACHED";
    public const string InvalidLocale = "ERROR_PARAM_INVALID_LOCALE";
    public const string InvalidParameters = "ERROR_PARAM_INVALID_PARAMETERS";
    public const string MissingParameters = "ERROR_PARAM_MISSING_PARAMETERS";
    public const string MissingUserId = "ERROR_PARAM_MISSING_USER_ID";
    public const string DuplicateSubmission = "ERROR_DUPLICATE_SUBMISSION";

    // Field errors (FormErrors.FieldErrors).
    public const string FormRequired = "ERROR_FORM_REQUIRED";
    public const string FormTooHigh = "ERROR_FORM_TOO_HIGH";
    public const string FormTooLow = "ERROR_FORM_TOO_LOW";
    public const string FormTooLong = "ERROR_FORM_TOO_LONG";
    public const string FormTooShort = "ERROR_FORM_TOO_SHORT";
    public const string FormInvalidEmailAddress = "ERROR_FORM_INVALID_EMAILADDRESS";
    public const string FormInvalidOption = "ERROR_FORM_INVALID_OPTION";
    public const string FormPatternMismatch = "ERROR_FORM_PATTERN_MISMATCH";
    public const string FormDuplicate = "ERROR_FORM_DUPLICATE";
    public const string FormDuplicateNickname = "ERROR_FORM_DUPLICATE_NICKNAME";
    public const string FormProfanity = "ERROR_FORM_PROFANITY";
    public const string FormRejected = "ERROR_FORM_REJECTED";
    public const string FormRestricted = "ERROR_FORM_RESTRICTED";
}
