namespace Ugc.Storage.Tests.Grains;

/// <summary>The state of <see cref="StateGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.tests.state-record")]
public sealed class StateRecord
{
    [Id(0)]
    public string? Value { get; set; }

    [Id(1)]
    public int Writes { get; set; }
}
