namespace Ugc.Grains;

/// <summary>
/// The clock the domain's rules read (velocity windows, moderation times, anomaly hours): a keyed
/// <see cref="TimeProvider"/>, apart from the one Orleans runs on, so tests can drive it with a fake clock
/// without freezing the runtime's timers, membership and timeouts.
/// </summary>
public static class DomainClock
{
    /// <summary>The service key of the domain's <see cref="TimeProvider"/>.</summary>
    public const string Key = "ugc.domain-clock";
}
