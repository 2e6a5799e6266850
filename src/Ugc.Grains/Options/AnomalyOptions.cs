namespace Ugc.Grains.Options;

/// <summary>How anomaly signals treat late events; bound from <c>Ugc:Anomaly</c>.</summary>
public sealed class AnomalyOptions
{
    public const string SectionName = "Ugc:Anomaly";

    /// <summary>
    /// How far behind the newest event of a signal an event may arrive and still be counted in its hour. Hours older
    /// than that are final; until then their judgement is recomputed as late events arrive.
    /// </summary>
    /// <value>The default is 48 hours.</value>
    public TimeSpan Lateness { get; set; } = TimeSpan.FromHours(48);
}
