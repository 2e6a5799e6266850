namespace Ugc.Silo.Conversations;

/// <summary>A group of fields in <c>Data.Groups</c>.</summary>
public sealed record SubmissionGroupView(string Id, string Type, string? Label, bool Required, IReadOnlyList<SubmissionFormEntry> SubElements);
