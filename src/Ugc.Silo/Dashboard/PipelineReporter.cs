using Microsoft.Extensions.Options;
using Ugc.Contracts.Operations;
using Ugc.Grains.Catalog;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// Sends this silo's pipeline counters and new lag samples to <see cref="IPipelineStatsGrain"/>, where the console reads
/// the whole cluster's figures. Every second while the console was read in the last <see cref="DashboardOptions.IdleAfter"/>,
/// every ten seconds otherwise, so an unwatched console costs each silo one grain call per ten seconds; a console read
/// on this silo wakes it at once.
/// </summary>
public sealed partial class PipelineReporter(
    FreshnessTracker freshness, DecisionMeterListener decisions, IGrainFactory grains, ILocalSiloDetails silo, TimeProvider time,
    IOptions<DashboardOptions> options, ILogger<PipelineReporter> logger) : BackgroundService
{
    private long _lagCursor;
    private long _lastViewedTicks;
    private long _reportsSent;
    private CancellationTokenSource? _wake;

    /// <summary>Whether nobody has read the console for <see cref="DashboardOptions.IdleAfter"/>, as this silo last heard.</summary>
    public bool IsIdle => time.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastViewedTicks) > options.Value.IdleAfter.Ticks;

    /// <summary>The report period now in force.</summary>
    public TimeSpan CurrentInterval => IsIdle ? options.Value.IdleSampleInterval : options.Value.SampleInterval;

    /// <summary>Reports the grain has taken since start.</summary>
    public long ReportsSent => Interlocked.Read(ref _reportsSent);

    /// <summary>Marks a console read on this silo: report now and keep reporting every second.</summary>
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
                // The loop already moved on to its next wait; it reports soon enough.
            }
        }
    }

    private async Task ReportAsync()
    {
        var (samples, next) = freshness.LagSince(_lagCursor);
        var report = new SiloPipelineReport(silo.SiloAddress.ToParsableString(), time.GetUtcNow(), freshness.Submitted, decisions.Totals(),
            decisions.BlockTotals(), freshness.Count, samples, options.Value.IdleSampleInterval);
        var viewed = await grains.GetGrain<IPipelineStatsGrain>("cluster").ReportAsync(report);
        _lagCursor = next;
        Interlocked.Increment(ref _reportsSent);
        if (viewed is { } at && at.UtcTicks > Interlocked.Read(ref _lastViewedTicks))
        {
            Interlocked.Exchange(ref _lastViewedTicks, at.UtcTicks);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReportAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The lag samples stay behind the cursor and go with the next report.
                LogReportFailed(logger, ex);
            }

            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            Volatile.Write(ref _wake, wake);
            try
            {
                await Task.Delay(CurrentInterval, time, wake.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Woken by a console read: report now.
            }
            finally
            {
                Volatile.Write(ref _wake, null);
            }
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Reporting the pipeline counters to the cluster failed")]
    private static partial void LogReportFailed(ILogger logger, Exception exception);
}
