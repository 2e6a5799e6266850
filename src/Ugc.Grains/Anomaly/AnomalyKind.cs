namespace Ugc.Grains.Anomaly;

/// <summary>Whether an hour's count lies outside the model's band, and on which side.</summary>
public enum AnomalyKind
{
    /// <summary>Within the band, or the model is still warming up.</summary>
    None,

    /// <summary>Above the band.</summary>
    Spike,

    /// <summary>Below the band or under the event floor.</summary>
    Drop,
}
