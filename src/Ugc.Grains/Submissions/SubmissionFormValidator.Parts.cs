using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Submissions;

// The pieces the forms share: target ids, author, extras, tags.
public static partial class SubmissionFormValidator
{
    /// <summary>Longest accepted target id (ProductId, QuestionId, ...).</summary>
    public const int MaxTargetIdLength = 200;

    /// <summary>The user id of an author who sent none, until the write path gives them one.</summary>
    public const string AnonymousUserId = "";

    private static string? RequireTarget(FormInput parameters, string name, ValidatedForm form)
    {
        var id = parameters.Get(name);
        if (id is null)
        {
            form.Errors.Add(new(SubmissionErrorCodes.MissingParameters, $"{name} is required."));
        }
        else if (id.Length > MaxTargetIdLength)
        {
            form.Errors.Add(new(SubmissionErrorCodes.InvalidParameters, $"{name} is longer than {MaxTargetIdLength} characters."));
            return null;
        }

        return id;
    }

    private static T? RequireValue<T>(ValidatedForm form, string id, T? value)
    {
        // A value rejected by the field pass already carries its own error; only a truly absent one is reported here.
        if (value is null && !form.FieldErrors.Exists(e => e.Field == id))
        {
            SubmissionFieldValidator.ReportMissing(form, id);
        }

        return value;
    }

    /// <summary>
    /// The author. Without a user id, a form that does not require one (the client accepts anonymous submissions) gives an
    /// author whose <see cref="SubmissionAuthor.UserId"/> is empty: the write path gives it a generated id.
    /// </summary>
    private static SubmissionAuthor? Author(ValidatedForm form, SubmissionFieldDefinition? userIdField)
    {
        var userId = form.Text("userid");
        if (userId is null && !form.FieldErrors.Exists(e => e.Field == "userid"))
        {
            if (userIdField is not { Required: false })
            {
                SubmissionFieldValidator.ReportMissing(form, "userid");
                return null;
            }

            userId = AnonymousUserId;
        }

        return userId is null
            ? null
            : new SubmissionAuthor(userId, form.Text("usernickname"), form.Text("useremail"), form.Text("userlocation"), form.Text("fp"), IpAddress: null);
    }

    private static SubmissionExtras Extras(ValidatedForm form)
    {
        var photos = new List<PhotoSubmission>();
        foreach (var (key, value) in form.Family("photourl_"))
        {
            if (SubmissionFieldValidator.TryIndex(key, out var index))
            {
                photos.Add(new PhotoSubmission(index, (string)value, form.Text("photocaption_" + key)));
            }
        }

        foreach (var (key, _) in form.Family("photocaption_"))
        {
            // A caption needs its photo; sending one alone is an incomplete photo.
            if (!form.Values.ContainsKey("photourl_" + key))
            {
                SubmissionFieldValidator.ReportMissing(form, "photourl_" + key);
            }
        }

        return new SubmissionExtras(
            form.Locale,
            form.Text("campaignid"),
            form.Boolean("agreedtotermsandconditions"),
            TextFamily(form, "contextdatavalue_"),
            TextFamily(form, "additionalfield_"),
            [.. photos.OrderBy(p => p.Index)]);
    }

    private static Dictionary<string, string> TextFamily(ValidatedForm form, string prefix) =>
        form.Family(prefix).ToDictionary(m => m.Key, m => (string)m.Value, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, IReadOnlyList<string>> Tags(ValidatedForm form) =>
        form.Family("tag_")
            .Select(m => (Key: m.Key, Text: (string)m.Value, Split: m.Key.LastIndexOf('_')))
            .Where(m => m.Split > 0)    // tag_<n> without a dimension names no tag
            .GroupBy(m => m.Key[..m.Split], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)[.. g.OrderBy(m => SubmissionFieldValidator.TryIndex(m.Key, out var n) ? n : 0).Select(m => m.Text)],
                StringComparer.OrdinalIgnoreCase);

    private static FeedbackContentType? FeedbackTarget(FormInput parameters, ValidatedForm form)
    {
        var text = parameters.Get("ContentType");
        FeedbackContentType? type = text?.ToLowerInvariant() switch
        {
            null => null,
            "review" => FeedbackContentType.Review,
            "question" => FeedbackContentType.Question,
            "answer" => FeedbackContentType.Answer,
            "review_comment" or "reviewcomment" => FeedbackContentType.ReviewComment,
            _ => null,
        };
        if (type is null)
        {
            form.Errors.Add(text is null
                ? new(SubmissionErrorCodes.MissingParameters, "ContentType is required.")
                : new(SubmissionErrorCodes.InvalidParameters, $"Invalid ContentType '{text}': expected review, question, answer or review_comment."));
        }

        return type;
    }
}
