namespace Ugc.Grains.Shoppers;

/// <summary>The persisted state of a <see cref="NicknameGrain"/>.</summary>
public sealed class NicknameState
{
    /// <summary>The user holding the nickname, null while it is free.</summary>
    public string? UserId { get; set; }

    /// <summary>When it was claimed.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }
}
