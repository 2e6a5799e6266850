namespace Ugc.Silo.Conversations;

/// <summary>One entry of <c>FormErrors.FieldErrors</c>.</summary>
/// <param name="Field">The lower-case field id.</param>
/// <param name="Code">An <c>ERROR_FORM_*</c> code from <see cref="ConversationsErrorCodes"/>.</param>
/// <param name="Message">What is wrong, naming the field.</param>
public sealed record FormFieldError(string Field, string Code, string Message);
