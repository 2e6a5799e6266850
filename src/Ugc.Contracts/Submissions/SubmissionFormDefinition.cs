namespace Ugc.Contracts.Submissions;

/// <summary>The fields a client's form accepts and their limits; <see cref="SubmissionFormDefaults"/> holds the stock ones.</summary>
/// <param name="Kind">Which submission this form is for.</param>
/// <param name="Fields">Fields in display order; families (<see cref="SubmissionFieldDefinition.IsFamily"/>) included.</param>
public sealed record SubmissionFormDefinition(SubmissionFormKind Kind, IReadOnlyList<SubmissionFieldDefinition> Fields)
{
    /// <summary>The field with exactly this id (case-insensitive), families excluded.</summary>
    public SubmissionFieldDefinition? Field(string id) =>
        Fields.FirstOrDefault(f => !f.IsFamily && f.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
