using Ugc.Contracts.Submissions;

namespace Ugc.Silo.Conversations;

/// <summary>Builds the echo object of a submission response from the accepted values and the receipt.</summary>
internal static class SubmissionEchoes
{
    public static object Create(SubmissionFormKind kind, IReadOnlyDictionary<string, string> values, SubmissionReceipt? receipt)
    {
        var (id, time, hours) = (receipt?.SubmissionId, receipt?.SubmissionTime, receipt?.TypicalHoursToPost);
        return kind switch
        {
            SubmissionFormKind.Review => new ReviewSubmissionEcho(null, id, time, hours,
                Value<int>(values, "rating"), Text(values, "title"), Text(values, "reviewtext"), Value<bool>(values, "isrecommended"), false, false),
            SubmissionFormKind.Question => new QuestionSubmissionEcho(null, id, time, hours,
                Text(values, "questionsummary"), Text(values, "questiondetails"), false, false),
            SubmissionFormKind.Answer => new AnswerSubmissionEcho(null, id, time, hours, Text(values, "answertext"), false),
            SubmissionFormKind.ReviewComment => new CommentSubmissionEcho(null, id, time, hours, Text(values, "title"), Text(values, "commenttext"), false),
            _ => Feedback(values),
        };
    }

    private static FeedbackSubmissionEcho Feedback(IReadOnlyDictionary<string, string> values)
    {
        var author = Text(values, "userid");
        return string.Equals(Text(values, "feedbacktype"), "inappropriate", StringComparison.OrdinalIgnoreCase)
            ? new FeedbackSubmissionEcho(null, new InappropriateFeedbackEcho(Text(values, "reasontext"), author))
            : new FeedbackSubmissionEcho(new HelpfulnessFeedbackEcho(Text(values, "vote")?.ToUpperInvariant(), author), null);
    }

    private static string? Text(IReadOnlyDictionary<string, string> values, string id) => values.GetValueOrDefault(id);

    // Accepted values are invariant text ("4", "true"): the echo gives them their field's type again.
    private static T? Value<T>(IReadOnlyDictionary<string, string> values, string id)
        where T : struct, IParsable<T> => T.TryParse(values.GetValueOrDefault(id), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}
