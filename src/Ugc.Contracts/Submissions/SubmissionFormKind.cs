using System.Text.Json.Serialization;

namespace Ugc.Contracts.Submissions;

/// <summary>The submission forms of the content API, one per <c>/data/submit*.json</c> endpoint.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubmissionFormKind>))]
[GenerateSerializer, Alias("ugc.submission-form-kind")]
public enum SubmissionFormKind
{
    Review,
    Question,
    Answer,
    ReviewComment,
    Feedback,
}
