using System.Reflection;
using Orleans.Concurrency;

namespace Ugc.Silo.Hosting;

/// <summary>
/// Retries grain calls that failed only because their target silo is leaving or gone, where sending again is safe.
/// While a silo stops (SIGTERM at a rolling upgrade) or dies, other silos still hold its address for a moment:
/// a call it rejected ("Silo stopping") never ran, so any call is retried; a call whose silo became unavailable may
/// or may not have run, so only <c>[ReadOnly]</c> calls are retried. By the next attempt the directory places the
/// grain on a live silo. Anything else, and the last failure, reaches the caller (the gateway answers 503).
/// </summary>
public sealed partial class TransientCallRetryFilter(ILogger<TransientCallRetryFilter> logger) : IOutgoingGrainCallFilter
{
    /// <summary>Delays before each retry: about 2 s in all, the time a cluster takes to learn that a silo left.</summary>
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)];

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        for (var attempt = 0; ; attempt++)
        {
            Exception? failure;
            try
            {
                await context.Invoke();
                failure = context.Response?.Exception;
            }
            catch (Exception ex) when (attempt < Delays.Length && Retryable(ex, context))
            {
                failure = ex;
            }

            if (attempt == Delays.Length || !Retryable(failure, context))
            {
                return;
            }

            LogRetry(logger, context.InterfaceMethod?.Name ?? "?", context.TargetId.ToString(), failure!.GetType().Name, attempt + 1);
            await Task.Delay(Delays[attempt]);
        }
    }

    // The attribute is read only once a call failed: reading it on every call was 3 % of a loaded silo's CPU.
    private static bool Retryable(Exception? failure, IOutgoingGrainCallContext context) =>
        failure is OrleansMessageRejectionException
        || (failure is SiloUnavailableException && context.InterfaceMethod?.GetCustomAttribute<ReadOnlyAttribute>() is not null);

    [LoggerMessage(EventId = 5301, Level = LogLevel.Debug, Message = "{Method} on {Grain} failed with {Failure} as its silo left; retry {Attempt}")]
    private static partial void LogRetry(ILogger logger, string method, string grain, string failure, int attempt);
}
