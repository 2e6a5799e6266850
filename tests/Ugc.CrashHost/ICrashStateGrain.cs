namespace Ugc.CrashHost;

/// <summary>A grain holding one durable number.</summary>
[Alias("ugc.crash.state")]
public interface ICrashStateGrain : IGrainWithStringKey
{
    /// <summary>Writes the value; returns once the write is durable.</summary>
    [Alias("write")]
    Task WriteAsync(int value);

    /// <summary>The value as loaded from storage at activation (0 when none is stored).</summary>
    [Alias("read")]
    Task<int> ReadAsync();
}
