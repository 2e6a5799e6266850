namespace Ugc.Actors.Hosting;

/// <summary>Call timeouts; bound from <c>Ugc:Messaging</c>.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Ugc:Messaging";

    /// <summary>How long a caller waits for a grain call before it fails with a <see cref="TimeoutException"/>.</summary>
    /// <value>The default is 30 s.</value>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often overdue calls are looked for; a call fails at most this late.</summary>
    /// <value>The default is 1 s, or a tenth of <see cref="ResponseTimeout"/> when that is shorter.</value>
    public TimeSpan? TimeoutSweepPeriod { get; set; }

    internal TimeSpan EffectiveSweepPeriod => TimeoutSweepPeriod
        ?? TimeSpan.FromTicks(Math.Clamp(ResponseTimeout.Ticks / 10, TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromSeconds(1).Ticks));
}
