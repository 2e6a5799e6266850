using Ugc.Contracts.Submissions;

namespace Ugc.Silo.Conversations;

/// <summary>
/// The error codes of the Conversations API: <c>Errors[].Code</c> and <c>FieldErrors[].Code</c>. The write path's codes
/// come from <see cref="SubmissionErrorCodes"/>, so both sides share one value.
/// </summary>
public static class ConversationsErrorCodes
{
    // API errors (Errors[]): every one is answered with HTTP 200 and HasErrors true.
    public const string InvalidApiKey = "ERROR_PARAM_INVALID_API_KEY";
    public const string AccessDenied = "ERROR_ACCESS_DENIED";
    public const string RequestLimitReached = SubmissionErrorCodes.RequestLimitReached;
    public const string Unsupported = "ERROR_UNSUPPORTED";
    public const string Unknown = "ERROR_UNKNOWN";
    public const string BadRequest = "ERROR_BAD_REQUEST";
    public const string InvalidFilterAttribute = "ERROR_PARAM_INVALID_FILTER_ATTRIBUTE";
    public const string InvalidSortAttribute = "ERROR_PARAM_INVALID_SORT_ATTRIBUTE";
    public const string InvalidLimit = "ERROR_PARAM_INVALID_LIMIT";
    public const string InvalidOffset = "ERROR_PARAM_INVALID_OFFSET";
    public const string InvalidIncluded = "ERROR_PARAM_INVALID_INCLUDED";
    public const string InvalidLocale = SubmissionErrorCodes.InvalidLocale;
    public const string InvalidParameters = SubmissionErrorCodes.InvalidParameters;
    public const string MissingParameters = SubmissionErrorCodes.MissingParameters;
    public const string MissingUserId = SubmissionErrorCodes.MissingUserId;
    public const string DuplicateSubmission = SubmissionErrorCodes.DuplicateSubmission;

    // Form field errors (FormErrors.FieldErrors).
    public const string FormRequired = SubmissionErrorCodes.FormRequired;
    public const string FormTooHigh = SubmissionErrorCodes.FormTooHigh;
    public const string FormTooLow = SubmissionErrorCodes.FormTooLow;
    public const string FormTooLong = SubmissionErrorCodes.FormTooLong;
    public const string FormTooShort = SubmissionErrorCodes.FormTooShort;
    public const string FormInvalidEmailAddress = SubmissionErrorCodes.FormInvalidEmailAddress;
    public const string FormInvalidOption = SubmissionErrorCodes.FormInvalidOption;
    public const string FormPatternMismatch = SubmissionErrorCodes.FormPatternMismatch;
    public const string FormDuplicate = SubmissionErrorCodes.FormDuplicate;
    public const string FormDuplicateNickname = SubmissionErrorCodes.FormDuplicateNickname;
    public const string FormProfanity = SubmissionErrorCodes.FormProfanity;
    public const string FormRejected = SubmissionErrorCodes.FormRejected;
    public const string FormRestricted = SubmissionErrorCodes.FormRestricted;
}
