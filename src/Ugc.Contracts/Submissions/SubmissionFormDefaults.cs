namespace Ugc.Contracts.Submissions;

/// <summary>
/// The stock form definitions, modelled on the public review networks' defaults; limits are in characters. A review
/// needs a rating, a nickname and a text (any length: one under 50 characters makes a ratings-only review). The user
/// id is required here; a client that accepts anonymous submissions (the default) gets these forms without it.
/// </summary>
public static class SubmissionFormDefaults
{
    public const int MaxPhotos = 6;
    public const int MaxFamilyMembers = 20;

    public static SubmissionFormDefinition Review { get; } = new(SubmissionFormKind.Review,
    [
        new("rating", SubmissionFieldType.IntegerInput, "Overall rating", Required: true, MinValue: 1, MaxValue: 5),
        new("title", SubmissionFieldType.TextInput, "Review title", MaxLength: 50),
        new("reviewtext", SubmissionFieldType.TextAreaInput, "Review", Required: true, MinLength: 1, MaxLength: 10_000),
        new("isrecommended", SubmissionFieldType.BooleanInput, "Would you recommend this product?"),
        new("rating_", SubmissionFieldType.IntegerInput, "Secondary rating", MinValue: 1, MaxValue: 5, IsFamily: true, MaxItems: MaxFamilyMembers),
        new("tag_", SubmissionFieldType.TextInput, "Tag", MaxLength: 50, IsFamily: true, MaxItems: MaxFamilyMembers, Indexed: true),
        .. Author(nickname: true),
        .. Extras(),
    ]);

    public static SubmissionFormDefinition Question { get; } = new(SubmissionFormKind.Question,
    [
        new("questionsummary", SubmissionFieldType.TextInput, "Question", Required: true, MinLength: 1, MaxLength: 150),
        new("questiondetails", SubmissionFieldType.TextAreaInput, "Question details", MaxLength: 1_000),
        .. Author(nickname: true),
        .. Extras(),
    ]);

    public static SubmissionFormDefinition Answer { get; } = new(SubmissionFormKind.Answer,
    [
        new("answertext", SubmissionFieldType.TextAreaInput, "Answer", Required: true, MinLength: 1, MaxLength: 10_000),
        .. Author(nickname: true),
        .. Extras(),
    ]);

    public static SubmissionFormDefinition ReviewComment { get; } = new(SubmissionFormKind.ReviewComment,
    [
        new("title", SubmissionFieldType.TextInput, "Comment title", MaxLength: 50),
        new("commenttext", SubmissionFieldType.TextAreaInput, "Comment", Required: true, MinLength: 1, MaxLength: 10_000),
        .. Author(nickname: true),
        .. Extras(),
    ]);

    public static SubmissionFormDefinition Feedback { get; } = new(SubmissionFormKind.Feedback,
    [
        new("feedbacktype", SubmissionFieldType.SelectInput, "Feedback type", Required: true, Options: ["helpfulness", "inappropriate"]),
        // Required for helpfulness only; the validator enforces that dependency.
        new("vote", SubmissionFieldType.SelectInput, "Vote", Options: ["positive", "negative"]),
        new("reasontext", SubmissionFieldType.TextAreaInput, "Reason", MaxLength: 400),
        .. Author(nickname: false),
    ]);

    /// <summary>The stock definition for <paramref name="kind"/>.</summary>
    public static SubmissionFormDefinition For(SubmissionFormKind kind) => kind switch
    {
        SubmissionFormKind.Review => Review,
        SubmissionFormKind.Question => Question,
        SubmissionFormKind.Answer => Answer,
        SubmissionFormKind.ReviewComment => ReviewComment,
        SubmissionFormKind.Feedback => Feedback,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown form kind."),
    };

    private static IEnumerable<SubmissionFieldDefinition> Author(bool nickname)
    {
        if (nickname)
        {
            yield return new("usernickname", SubmissionFieldType.TextInput, "Nickname", Required: true, MinLength: 4, MaxLength: 25);
        }

        yield return new("userid", SubmissionFieldType.TextInput, "User id", Required: true, MaxLength: 100, Format: SubmissionFieldFormat.Identifier);
        yield return new("useremail", SubmissionFieldType.TextInput, "E-mail", MaxLength: 255, Format: SubmissionFieldFormat.Email);
        yield return new("userlocation", SubmissionFieldType.TextInput, "Location", MaxLength: 100);
        // Device fingerprint blobs run to a few kilobytes.
        yield return new("fp", SubmissionFieldType.TextInput, "Device fingerprint", MaxLength: 8_000);
    }

    private static IEnumerable<SubmissionFieldDefinition> Extras()
    {
        yield return new("agreedtotermsandconditions", SubmissionFieldType.BooleanInput, "I agree to the terms and conditions");
        yield return new("campaignid", SubmissionFieldType.TextInput, "Campaign", MaxLength: 100);
        yield return new("contextdatavalue_", SubmissionFieldType.TextInput, "About you", MaxLength: 100, IsFamily: true, MaxItems: MaxFamilyMembers);
        yield return new("additionalfield_", SubmissionFieldType.TextAreaInput, "Additional field", MaxLength: 1_000, IsFamily: true, MaxItems: MaxFamilyMembers);
        yield return new("photourl_", SubmissionFieldType.TextInput, "Photo", MaxLength: 2_000, Format: SubmissionFieldFormat.Url,
            IsFamily: true, MaxItems: MaxPhotos, Indexed: true);
        yield return new("photocaption_", SubmissionFieldType.TextInput, "Photo caption", MaxLength: 200, IsFamily: true, MaxItems: MaxPhotos, Indexed: true);
    }
}
