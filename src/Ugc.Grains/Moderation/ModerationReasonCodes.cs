namespace Ugc.Grains.Moderation;

/// <summary>The public API's form error codes that moderation rules produce.</summary>
public static class ModerationReasonCodes
{
    /// <summary>A required field is missing or blank.</summary>
    public const string Required = "ERROR_FORM_REQUIRED";

    /// <summary>A field is shorter than its minimum length.</summary>
    public const string TooShort = "ERROR_FORM_TOO_SHORT";

    /// <summary>A field is longer than its maximum length.</summary>
    public const string TooLong = "ERROR_FORM_TOO_LONG";

    /// <summary>A field contains a banned term.</summary>
    public const string Profanity = "ERROR_FORM_PROFANITY";

    /// <summary>Content the client restricts: contact details, links, off-topic text.</summary>
    public const string Restricted = "ERROR_FORM_RESTRICTED";

    /// <summary>The same text was submitted before.</summary>
    public const string Duplicate = "ERROR_FORM_DUPLICATE";
}
