using System.Globalization;
using System.Net.Mail;
using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Submissions;

/// <summary>
/// The field-by-field pass over a submission form: each defined field (and each member of a family) is checked
/// against its definition; at most one error per field. Parameters the form does not define are ignored.
/// </summary>
internal static class SubmissionFieldValidator
{
    public static ValidatedForm Validate(SubmissionFormDefinition definition, FormInput parameters)
    {
        var form = new ValidatedForm();
        foreach (var field in definition.Fields)
        {
            if (field.IsFamily)
            {
                ValidateFamily(field, parameters, form);
            }
            else
            {
                ValidateSingle(field, parameters, form);
            }
        }

        var locale = parameters.Get("Locale");
        if (locale is not null)
        {
            if (LocaleFormat.TryNormalize(locale, out var normalized))
            {
                form.Locale = normalized;
            }
            else
            {
                form.Errors.Add(new(SubmissionErrorCodes.InvalidLocale, $"Invalid Locale '{locale}': expected a locale such as en_US."));
            }
        }

        return form;
    }

    /// <summary>
    /// Reports a missing value as a field error. A missing user id is also the Conversations API's request-level
    /// <c>ERROR_PARAM_MISSING_USER_ID</c>: clients that read only <c>FormErrors</c> find it there too.
    /// </summary>
    public static void ReportMissing(ValidatedForm form, string id)
    {
        if (id == "userid" && !form.Errors.Exists(e => e.Code == SubmissionErrorCodes.MissingUserId))
        {
            form.Errors.Add(new(SubmissionErrorCodes.MissingUserId, "UserId is required: this client does not accept anonymous submissions."));
        }

        if (!form.FieldErrors.Exists(e => e.Field == id))
        {
            form.AddFieldError(id, SubmissionErrorCodes.FormRequired, $"{id} is required.");
        }
    }

    private static void ValidateSingle(SubmissionFieldDefinition field, FormInput parameters, ValidatedForm form)
    {
        var text = parameters.Get(field.Id);
        if (text is not null)
        {
            Accept(field, field.Id, text, form);
        }
        else if (field.Required)
        {
            ReportMissing(form, field.Id);
        }
    }

    private static void ValidateFamily(SubmissionFieldDefinition field, FormInput parameters, ValidatedForm form)
    {
        var members = 0;
        foreach (var (suffix, values) in parameters.WithPrefix(field.Id))
        {
            // A suffix that cannot name a member (photourl_x, tag_Pros) is an unknown parameter: ignored.
            var text = values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
            if (text is null || !IsIdentifier(suffix) || (field.Indexed && !TryIndex(suffix, out _)))
            {
                continue;
            }

            var id = field.Id + suffix;
            var max = field.MaxItems ?? int.MaxValue;
            if (field.Indexed ? TryIndex(suffix, out var index) && index >= max : ++members > max)
            {
                form.AddFieldError(id, SubmissionErrorCodes.FormTooHigh,
                    field.Indexed ? $"{id}: {field.Id}<n> is numbered from 0 to {max - 1}." : $"{id}: at most {max} {field.Id}* fields.");
                continue;
            }

            Accept(field, id, text, form);
        }
    }

    /// <summary>The trailing <c>_&lt;n&gt;</c> (or the whole suffix) as a non-negative index.</summary>
    public static bool TryIndex(string suffix, out int index)
    {
        var digits = suffix[(suffix.LastIndexOf('_') + 1)..];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    private static void Accept(SubmissionFieldDefinition field, string id, string text, ValidatedForm form)
    {
        if (Check(field, id, text, out var value) is { } error)
        {
            form.AddFieldError(id, error.Code, error.Message);
        }
        else
        {
            form.Values[id] = value!;
        }
    }

    private static (string Code, string Message)? Check(SubmissionFieldDefinition field, string id, string text, out object? value)
    {
        value = null;
        switch (field.Type)
        {
            case SubmissionFieldType.IntegerInput:
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    return (SubmissionErrorCodes.FormPatternMismatch, $"{id} must be a whole number.");
                }

                value = number;
                return number < field.MinValue ? (SubmissionErrorCodes.FormTooLow, $"{id} must be at least {field.MinValue}.")
                    : number > field.MaxValue ? (SubmissionErrorCodes.FormTooHigh, $"{id} must be at most {field.MaxValue}.")
                    : null;
            case SubmissionFieldType.BooleanInput:
                value = bool.TryParse(text, out var flag) ? flag : null;
                return value is null ? (SubmissionErrorCodes.FormInvalidOption, $"{id} must be true or false.") : null;
            case SubmissionFieldType.SelectInput:
                var options = field.Options ?? [];
                value = options.FirstOrDefault(o => o.Equals(text, StringComparison.OrdinalIgnoreCase));
                return value is null ? (SubmissionErrorCodes.FormInvalidOption, $"{id} must be one of: {string.Join(", ", options)}.") : null;
            default:
                value = text;
                return CheckText(field, id, text);
        }
    }

    private static (string Code, string Message)? CheckText(SubmissionFieldDefinition field, string id, string text)
    {
        // Lengths count what a shopper sees as characters, so an emoji is one.
        var length = new StringInfo(text).LengthInTextElements;
        if (length < field.MinLength)
        {
            return (SubmissionErrorCodes.FormTooShort, $"{id} must be at least {field.MinLength} characters.");
        }

        if (length > field.MaxLength)
        {
            return (SubmissionErrorCodes.FormTooLong, $"{id} must be at most {field.MaxLength} characters.");
        }

        return field.Format switch
        {
            SubmissionFieldFormat.Email when !IsEmail(text) =>
                (SubmissionErrorCodes.FormInvalidEmailAddress, $"{id} is not a valid e-mail address."),
            SubmissionFieldFormat.Identifier when !IsIdentifier(text) =>
                (SubmissionErrorCodes.FormPatternMismatch, $"{id} may contain only letters, digits, '-' and '_'."),
            SubmissionFieldFormat.Url when !IsHttpUrl(text) =>
                (SubmissionErrorCodes.FormPatternMismatch, $"{id} must be an absolute http or https URL."),
            _ => null,
        };
    }

    private static bool IsIdentifier(string text) => text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool IsEmail(string text) =>
        !text.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.StartsWith('.')
        && !address.Host.EndsWith('.');

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
