namespace Ugc.Contracts.Solicitation;

/// <summary>
/// How far a feed import got: lines committed (every row up to it is stored), a hash of those lines so a resumed upload
/// is known to be the same file, and the running totals.
/// </summary>
[GenerateSerializer, Immutable, Alias("ugc.import-checkpoint")]
public sealed record ImportCheckpoint(
    [property: Id(0)] string ImportId,
    [property: Id(1)] long Lines,
    [property: Id(2)] string Hash,
    [property: Id(3)] IntakeSummary Intake,
    [property: Id(4)] long Rejected,
    [property: Id(5)] bool Completed,
    [property: Id(6)] DateTimeOffset UpdatedAt);
