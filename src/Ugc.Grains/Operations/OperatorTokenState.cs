namespace Ugc.Grains.Operations;

/// <summary>Persisted state of <see cref="OperatorTokenGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.operator-token")]
public sealed class OperatorTokenState
{
    /// <summary>SHA-256 of the token, upper-case hex; null until the first silo stores one.</summary>
    [Id(0)]
    public string? Hash { get; set; }
}
