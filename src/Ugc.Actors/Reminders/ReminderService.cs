using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ugc.Actors.Hosting;
using Ugc.Actors.Membership;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Reminders;

/// <summary>
/// Keeps the reminders of the grains this silo owns ticking: reads the durable table at start, at every membership
/// change and periodically, and calls <see cref="IRemindable.ReceiveReminder"/> at each due time.
/// </summary>
internal sealed partial class ReminderService(
    IReminderTable table, SiloRuntime runtime, IClusterMembership membership, IOptions<ReminderOptions> options, ILoggerFactory loggerFactory)
    : ISiloLifecycleParticipant, IAbortable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId, string), LocalReminder> _local = [];
    private readonly ILogger _logger = loggerFactory.CreateLogger("Ugc.Actors.Reminders");
    private ITimer? _refresh;
    private volatile bool _stopped;

    public ReminderOptions Options => options.Value;

    private TimeProvider Time => runtime.Time;

    private IGrainFactory GrainFactory => runtime.GrainFactory;

    /// <summary>Reminders ticking on this silo.</summary>
    public int LocalCount
    {
        get
        {
            lock (_lock)
            {
                return _local.Count;
            }
        }
    }

    public async Task OnSiloStartedAsync(CancellationToken cancellationToken)
    {
        await table.InitAsync(cancellationToken).ConfigureAwait(false);
        membership.ViewChanged += OnViewChanged;
        await RefreshAsync().ConfigureAwait(false);
        _refresh = runtime.Time.CreateTimer(static s => _ = ((ReminderService)s!).RefreshAsync(), this, Options.RefreshPeriod, Options.RefreshPeriod);
    }

    public Task OnSiloStoppingAsync(CancellationToken cancellationToken) => AbortAsync();

    public Task AbortAsync()
    {
        _stopped = true;
        membership.ViewChanged -= OnViewChanged;
        _refresh?.Dispose();
        lock (_lock)
        {
            foreach (var reminder in _local.Values)
            {
                reminder.Dispose();
            }

            _local.Clear();
        }

        return Task.CompletedTask;
    }

    public async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period)
    {
        if (period < Options.MinimumReminderPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period,
                $"A reminder's period must be at least {Options.MinimumReminderPeriod} (Ugc:Reminders:MinimumReminderPeriod); use a grain timer for shorter ones.");
        }

        var entry = new ReminderEntry(grainId, name, runtime.Time.GetUtcNow() + dueTime, period);
        var etag = await table.UpsertRowAsync(entry).ConfigureAwait(false);
        Schedule(entry with { ETag = etag });
        return new GrainReminder(name, entry.StartAt, period);
    }

    public async Task UnregisterAsync(GrainId grainId, string name)
    {
        Cancel(grainId, name);
        if (await table.ReadRowAsync(grainId, name).ConfigureAwait(false) is { ETag: { } etag })
        {
            await table.RemoveRowAsync(grainId, name, etag).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<IGrainReminder>> GetAsync(GrainId grainId) =>
        [.. (await table.ReadRowsAsync(grainId).ConfigureAwait(false)).Select(r => new GrainReminder(r.ReminderName, r.StartAt, r.Period))];

    private void OnViewChanged(MembershipView view) => _ = RefreshAsync();

    private async Task RefreshAsync()
    {
        if (_stopped)
        {
            return;
        }

        try
        {
            var rows = await table.ReadAllRowsAsync().ConfigureAwait(false);
            var owned = rows.Where(r => runtime.Placement.GetOwner(r.GrainId) == runtime.Address).ToDictionary(r => (r.GrainId, r.ReminderName));
            lock (_lock)
            {
                foreach (var key in _local.Keys.Where(k => !owned.ContainsKey(k)).ToList())
                {
                    _local.Remove(key, out var gone);
                    gone!.Dispose();
                }
            }

            foreach (var entry in owned.Values)
            {
                Schedule(entry);
            }
        }
        catch (Exception exception)
        {
            LogRefreshFailed(_logger, exception);
        }
    }

    private void Schedule(ReminderEntry entry)
    {
        if (_stopped)
        {
            return;
        }

        lock (_lock)
        {
            var key = (entry.GrainId, entry.ReminderName);
            if (_local.TryGetValue(key, out var existing))
            {
                if (existing.Entry.ETag == entry.ETag)
                {
                    return;
                }

                existing.Dispose();
            }

            _local[key] = new LocalReminder(this, entry);
        }
    }

    private void Cancel(GrainId grainId, string name)
    {
        lock (_lock)
        {
            if (_local.Remove((grainId, name), out var reminder))
            {
                reminder.Dispose();
            }
        }
    }

    [LoggerMessage(1400, LogLevel.Warning, "Reading the reminder table failed; retrying at the next refresh")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(1401, LogLevel.Warning, "Reminder {Reminder} of grain {GrainId} failed")]
    private static partial void LogTickFailed(ILogger logger, Exception exception, string reminder, GrainId grainId);
}
