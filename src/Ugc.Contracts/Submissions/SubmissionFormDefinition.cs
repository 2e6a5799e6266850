namespace Ugc.Contracts.Submissions;

/// <summary>The fields a client's form accepts and their limits; <see cref="SubmissionFormDefaults"/> holds the stock ones.</summary>
/// <param name="Kind">Which submission this form is for.</param>
/// <param name="Fields">Fields in display order; families (<see cref="SubmissionFieldDefinition.IsFamily"/>) included.</param>
[GenerateSerializer, Immutable, Alias("ugc.submission-form-definition")]
public sealed record SubmissionFormDefinition(
    [property: Id(0)] SubmissionFormKind Kind,
    [property: Id(1)] IReadOnlyList<SubmissionFieldDefinition> Fields)
{
    /// <summary>The field with exactly this id (case-insensitive), families excluded.</summary>
    public SubmissionFieldDefinition? Field(string id) =>
        Fields.FirstOrDefault(f => !f.IsFamily && f.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
