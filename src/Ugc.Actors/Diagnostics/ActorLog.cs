using Microsoft.Extensions.Logging;
using Ugc.Actors.Membership;
using Ugc.Actors.Placement;

namespace Ugc.Actors.Diagnostics;

/// <summary>The runtime's log messages. Event ids: 1000-1099 activations, 1100-1199 silo, 1200-1299 messaging.</summary>
internal static partial class ActorLog
{
    [LoggerMessage(1000, LogLevel.Error, "Activation of grain {GrainId} failed")]
    public static partial void ActivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(1001, LogLevel.Warning, "OnDeactivateAsync of grain {GrainId} failed")]
    public static partial void DeactivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(1002, LogLevel.Debug, "Grain {GrainId} deactivated: {Reason}")]
    public static partial void Deactivated(ILogger logger, GrainId grainId, DeactivationReasonCode reason);

    [LoggerMessage(1003, LogLevel.Warning, "Timer callback of grain {GrainId} failed")]
    public static partial void TimerCallbackFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(1004, LogLevel.Debug, "Collected {Count} idle activations")]
    public static partial void CollectedIdle(ILogger logger, int count);

    [LoggerMessage(1100, LogLevel.Information, "Silo {Silo} ({SiloName}) started")]
    public static partial void SiloStarted(ILogger logger, SiloAddress silo, string siloName);

    [LoggerMessage(1101, LogLevel.Information, "Silo {Silo} stopping: deactivating {Count} activations")]
    public static partial void SiloStopping(ILogger logger, SiloAddress silo, int count);

    [LoggerMessage(1102, LogLevel.Information, "Silo {Silo} stopped")]
    public static partial void SiloStopped(ILogger logger, SiloAddress silo);

    [LoggerMessage(1103, LogLevel.Information, "Cluster view {Version}: {ActiveCount} active silos; silo {Silo} is {Status}")]
    public static partial void ViewChanged(ILogger logger, long version, int activeCount, SiloAddress silo, SiloStatus status);

    [LoggerMessage(1200, LogLevel.Warning, "Message from {Sender} could not be handled")]
    public static partial void MessageFailed(ILogger logger, Exception exception, string sender);
}
