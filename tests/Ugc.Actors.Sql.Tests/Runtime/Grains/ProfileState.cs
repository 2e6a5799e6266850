namespace Ugc.Actors.Sql.Tests.Runtime.Grains;

/// <summary>State of <see cref="ProfileGrain"/>.</summary>
public sealed class ProfileState
{
    public string Name { get; set; } = "";

    public List<string> Tags { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>What a profile grain holds: its state, the stored ETag and whether a record exists.</summary>
public sealed record ProfileSnapshot(ProfileState State, string? Etag, bool RecordExists);
