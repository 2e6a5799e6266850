namespace Ugc.CrashHost;

/// <summary>The implicit consumer of the crash streams.</summary>
[Alias("ugc.crash.consumer")]
public interface ICrashConsumerGrain : IGrainWithStringKey;
