namespace Ugc.CrashHost;

/// <summary>The state of <see cref="CrashStateGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.crash.state-record")]
public sealed class CrashState
{
    [Id(0)]
    public int Value { get; set; }
}
