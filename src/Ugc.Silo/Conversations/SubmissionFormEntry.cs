namespace Ugc.Silo.Conversations;

/// <summary>An element of <c>Form</c> or of a group: <c>{"Type": "Field", "Id": "rating"}</c>.</summary>
public sealed record SubmissionFormEntry(string Type, string Id);
