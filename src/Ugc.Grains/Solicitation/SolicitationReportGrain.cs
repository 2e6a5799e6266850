using Ugc.Contracts.Solicitation;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// A client's solicitation counters per day (<see cref="ISolicitationReportGrain"/>). Reentrant with coalesced writes,
/// as every bucket round and intake batch of the client counts here.
/// </summary>
[Reentrant]
public sealed class SolicitationReportGrain(
    [PersistentState("solicitation-report")] IPersistentState<SolicitationReportState> state) : Grain, ISolicitationReportGrain
{
    public const int Days = 400;

    private readonly CoalescingStateWriter _writer = new(state);

    public Task CountAsync(DateOnly day, SolicitationCounts counts)
    {
        var days = state.State.Days;
        days[day] = days.TryGetValue(day, out var known) ? known.Add(counts) : counts;
        var oldest = days.Keys.Max().AddDays(-Days);
        foreach (var old in days.Keys.Where(d => d < oldest).ToList())
        {
            days.Remove(old);
        }

        return _writer.WriteAsync();
    }

    public Task<IReadOnlyList<SolicitationDayReport>> GetAsync(DateOnly from, DateOnly to) =>
        Task.FromResult<IReadOnlyList<SolicitationDayReport>>([.. state.State.Days
            .Where(d => d.Key >= from && d.Key <= to)
            .OrderBy(d => d.Key)
            .Select(d => new SolicitationDayReport(d.Key, d.Value))]);
}
