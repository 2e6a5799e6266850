namespace Ugc.CrashHost;

/// <summary>A grain holding one durable number.</summary>
public interface ICrashStateGrain : IGrainWithStringKey
{
    /// <summary>Writes the value; returns once the write is durable.</summary>
    Task WriteAsync(int value);

    /// <summary>The value as loaded from storage at activation (0 when none is stored).</summary>
    Task<int> ReadAsync();
}
