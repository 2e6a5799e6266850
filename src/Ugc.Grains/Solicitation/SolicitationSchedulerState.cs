namespace Ugc.Grains.Solicitation;

/// <summary>Persisted state of <see cref="SolicitationSchedulerGrain"/>: the client's buckets that hold wake-ups.</summary>
[GenerateSerializer, Alias("ugc.state.solicitation-scheduler")]
public sealed class SolicitationSchedulerState
{
    [Id(0)]
    public Dictionary<string, DateTimeOffset> Buckets { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public bool ReminderRegistered { get; set; }

    [Id(2)]
    public DateTimeOffset? LastTick { get; set; }
}
