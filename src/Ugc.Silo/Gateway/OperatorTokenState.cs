namespace Ugc.Silo.Gateway;

/// <summary>The stored SHA-256 hash of the operator token; never the token itself.</summary>
[GenerateSerializer, Alias("ugc.operator-token-state")]
public sealed class OperatorTokenState
{
    [Id(0)]
    public byte[]? Hash { get; set; }
}
