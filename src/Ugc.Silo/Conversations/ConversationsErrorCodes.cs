namespace Ugc.Silo.Conversations;

/// <summary>The error codes of the Conversations API: <c>Errors[].Code</c> and <c>FieldErrors[].Code</c>.</summary>
public static class ConversationsErrorCodes
{
    // API errors (Errors[]): every one is answered with HTTP 200 and HasErrors true.
    public const string InvalidApiKey = "ERROR_PARAM_INVALID_API_KEY";
    public const string AccessDenied = "ERROR_ACCESS_DENIED";
    public const string RequestLimitReached = "ERROR_REQUEST_LIMIT_REACHED";
    public const string Unsupported = "ERROR_UNSUPPORTED";
    public const string Unknown = "ERROR_UNKNOWN";
    public const string BadRequest = "ERROR_BAD_REQUEST";
    public const string InvalidFilterAttribute = "ERROR_PARAM_INVALID_FILTER_ATTRIBUTE";
    public const string InvalidSortAttribute = "ERROR_PARAM_INVALID_SORT_ATTRIBUTE";
    public const string InvalidLimit = "ERROR_PARAM_INVALID_LIMIT";
    public const string InvalidOffset = "ERROR_PARAM_INVALID_OFFSET";
    public const string InvalidIncluded = "ERROR_PARAM_INVALID_INCLUDED";
    public const string InvalidLocale = "ERROR_PARAM_INVALID_LOCALE";
    public const string InvalidParameters = "ERROR_PARAM_INVALID_PARAMETERS";
    public const string MissingParameters = "ERROR_PARAM_MISSING_PARAMETERS";
    public const string MissingUserId = "ERROR_PARAM_MISSING_USER_ID";
    public const string DuplicateSubmission = "ERROR_DUPLICATE_SUBMISSION";

    // Form field errors (FormErrors.FieldErrors).
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
