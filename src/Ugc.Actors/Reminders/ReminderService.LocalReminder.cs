namespace Ugc.Actors.Reminders;

internal sealed partial class ReminderService
{
    /// <summary>One reminder ticking on this silo: a timer set to its next due time, re-set after each tick.</summary>
    private sealed class LocalReminder : IDisposable
    {
        private readonly ReminderService _service;
        private readonly ITimer _timer;
        private int _disposed;

        public LocalReminder(ReminderService service, ReminderEntry entry)
        {
            _service = service;
            Entry = entry;
            _timer = service.Time.CreateTimer(static s => _ = ((LocalReminder)s!).TickAsync(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Arm();
        }

        public ReminderEntry Entry { get; }

        public void Dispose()
        {
            Interlocked.Exchange(ref _disposed, 1);
            _timer.Dispose();
        }

        private void Arm()
        {
            if (Volatile.Read(ref _disposed) == 0)
            {
                _timer.Change(DelayUntil(NextDue(_service.Time.GetUtcNow())), Timeout.InfiniteTimeSpan);
            }
        }

        /// <summary>The first tick time at or after <paramref name="now"/> on the reminder's schedule.</summary>
        private DateTimeOffset NextDue(DateTimeOffset now)
        {
            if (now <= Entry.StartAt)
            {
                return Entry.StartAt;
            }

            var periods = (long)Math.Ceiling((now - Entry.StartAt).Ticks / (double)Entry.Period.Ticks);
            return Entry.StartAt + TimeSpan.FromTicks(periods * Entry.Period.Ticks);
        }

        /// <summary>
        /// The wait until <paramref name="due"/>, never negative: a tick whose call outlasted the rest of its period (a
        /// reactivation, say) has a due time already past, and a negative due time makes the timer throw, which would
        /// silently end the reminder on this silo.
        /// </summary>
        private TimeSpan DelayUntil(DateTimeOffset due)
        {
            var delay = due - _service.Time.GetUtcNow();
            return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
        }

        private async Task TickAsync()
        {
            var now = _service.Time.GetUtcNow();
            try
            {
                var grain = _service.GrainFactory.GetGrain<IRemindable>(Entry.GrainId);
                await grain.ReceiveReminder(Entry.ReminderName, new TickStatus(Entry.StartAt, Entry.Period, now)).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                LogTickFailed(_service._logger, exception, Entry.ReminderName, Entry.GrainId);
            }

            // The next due time is strictly after this tick, so a late tick never fires twice.
            if (Volatile.Read(ref _disposed) == 0)
            {
                _timer.Change(DelayUntil(NextDue(now + TimeSpan.FromTicks(1))), Timeout.InfiniteTimeSpan);
            }
        }
    }
}
