using System.Text.Json;
using Ugc.Contracts.Submissions;

namespace Ugc.Silo.Tests.Conversations;

public sealed class SubmissionContractsSerializationTests
{
    [Fact]
    public void Review_submission_round_trips_through_system_text_json()
    {
        var review = new ReviewSubmission("p1", new SubmissionAuthor("u1", "nick1", null, null, null, null), 4, null, "Fine", null,
            new Dictionary<string, int> { ["Value"] = 3 }, new Dictionary<string, IReadOnlyList<string>> { ["Pro"] = ["Light"] },
            new SubmissionExtras(null, null, null, new Dictionary<string, string>(), new Dictionary<string, string>(), [new PhotoSubmission(0, "https://x/1.jpg", null)]));

        var back = JsonSerializer.Deserialize<ReviewSubmission>(JsonSerializer.Serialize(review))!;

        Assert.Equal(review.Author, back.Author);
        Assert.Equal(3, back.SecondaryRatings["Value"]);
        Assert.Equal(["Light"], back.Tags["Pro"]);
        Assert.Equal(review.Extras.Photos, back.Extras.Photos);
    }

    [Fact]
    public void Form_definition_round_trips_with_enums_by_name()
    {
        var json = JsonSerializer.Serialize(SubmissionFormDefaults.Feedback);
        var back = JsonSerializer.Deserialize<SubmissionFormDefinition>(json)!;

        Assert.Contains("\"Type\":\"SelectInput\"", json, StringComparison.Ordinal);
        Assert.Equal(SubmissionFormKind.Feedback, back.Kind);
        Assert.Equal(["helpfulness", "inappropriate"], back.Field("feedbacktype")!.Options);
        Assert.Equal(SubmissionFormDefaults.Feedback.Fields.Select(f => f.Id), back.Fields.Select(f => f.Id));
    }
}
