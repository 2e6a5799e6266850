namespace Ugc.Silo.Conversations;

/// <summary>The <c>Data</c> object of a submission response: the form's fields and groups.</summary>
public sealed record SubmissionData(
    IReadOnlyDictionary<string, SubmissionFieldView> Fields,
    IReadOnlyDictionary<string, SubmissionGroupView> Groups,
    IReadOnlyList<string> FieldsOrder,
    IReadOnlyList<string> GroupsOrder);
