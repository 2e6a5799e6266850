namespace Ugc.Silo.Conversations;

/// <summary>An option of a select field.</summary>
public sealed record SubmissionFieldOption(string? Label, string Value, bool Selected);
