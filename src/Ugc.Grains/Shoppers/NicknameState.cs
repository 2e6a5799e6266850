namespace Ugc.Grains.Shoppers;

/// <summary>The persisted state of a <see cref="NicknameGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.nickname-state")]
public sealed class NicknameState
{
    /// <summary>The user holding the nickname, null while it is free.</summary>
    [Id(0)]
    public string? UserId { get; set; }

    /// <summary>When it was claimed.</summary>
    [Id(1)]
    public DateTimeOffset? ClaimedAt { get; set; }
}
