namespace Ugc.Grains.Shoppers;

/// <summary>The persisted state of a <see cref="DuplicateTextGrain"/>: when each text fingerprint of its shard was first claimed.</summary>
[GenerateSerializer, Alias("ugc.state.duplicate-text-state")]
public sealed class DuplicateTextState
{
    [Id(0)]
    public Dictionary<ulong, DateTimeOffset> Claimed { get; set; } = [];

    /// <summary>Which content claimed each fingerprint, as a hash of its id (absent for claims stored before).</summary>
    [Id(1)]
    public Dictionary<ulong, ulong> ClaimedBy { get; set; } = [];
}
