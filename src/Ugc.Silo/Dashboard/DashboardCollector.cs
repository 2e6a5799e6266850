using Microsoft.Extensions.Options;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// Samples the pipeline into a bounded history once a second while someone watches, and once every ten seconds after
/// a minute without a dashboard request, so an unwatched dashboard costs next to nothing. A request after a quiet
/// spell wakes the loop at once.
/// </summary>
public sealed partial class DashboardCollector(
    PipelineSampler sampler, TimeProvider time, IOptions<DashboardOptions> options, ILogger<DashboardCollector> logger) : BackgroundService
{
    private readonly SampleRing<DashboardSample> _history = new(options.Value.HistorySize);
    private DashboardSnapshot? _latest;
    private long _lastViewedTicks;
    private CancellationTokenSource? _wake;

    /// <summary>The newest sample and tables; null until the first sample.</summary>
    public DashboardSnapshot? Latest => Volatile.Read(ref _latest);

    /// <summary>Whether sampling has slowed down for lack of viewers.</summary>
    public bool IsIdle => time.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastViewedTicks) > options.Value.IdleAfter.Ticks;

    /// <summary>The period now in force.</summary>
    public TimeSpan CurrentInterval => IsIdle ? options.Value.IdleSampleInterval : options.Value.SampleInterval;

    /// <summary>Samples taken since start.</summary>
    public long SamplesTaken { get; private set; }

    /// <summary>The newest samples, oldest first.</summary>
    public IReadOnlyList<DashboardSample> History(int max) => _history.Latest(max);

    /// <summary>Marks a dashboard request: keeps fast sampling on, and wakes the loop if it had slowed down.</summary>
    public void Touch()
    {
        var wasIdle = IsIdle;
        Interlocked.Exchange(ref _lastViewedTicks, time.GetUtcNow().UtcTicks);
        if (wasIdle)
        {
            try
            {
                Volatile.Read(ref _wake)?.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The loop already moved on to its next wait; it samples soon enough.
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Volatile.Write(ref _latest, sampler.Sample(time.GetUtcNow()));
                _history.Add(_latest!.Sample);
                SamplesTaken++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSampleFailed(logger, ex);
            }

            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            Volatile.Write(ref _wake, wake);
            try
            {
                await Task.Delay(CurrentInterval, time, wake.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Woken by a viewer: sample now.
            }
            finally
            {
                Volatile.Write(ref _wake, null);
            }
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Dashboard sample failed")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);
}
