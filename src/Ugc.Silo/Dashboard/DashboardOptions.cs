using System.ComponentModel.DataAnnotations;

namespace Ugc.Silo.Dashboard;

/// <summary>How often silos report the pipeline to the console, what the console shows, and its login sessions (<c>Ugc:Dashboard</c>).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Ugc:Dashboard";

    /// <summary>How often each silo reports its pipeline counters to the cluster's pipeline grain while someone watches the console.</summary>
    /// <value>The default is 1 s.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The report period once nobody has read the console for <see cref="IdleAfter"/>.</summary>
    /// <value>The default is 10 s.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan IdleSampleInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long after the last console read the reports slow down.</summary>
    /// <value>The default is 60 s.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>History points the Pipeline page charts (the pipeline grain keeps 600, one a second at most).</summary>
    /// <value>The default is 300 (five minutes at one per second).</value>
    [Range(10, 600)]
    public int HistorySize { get; set; } = 300;

    /// <summary>How long a login session lasts.</summary>
    /// <value>The default is 12 h.</value>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The anomaly signals shown per client.</summary>
    /// <value>The default is pageview, impression, click.</value>
    public IList<string> Signals { get; } = ["pageview", "impression", "click"];

    /// <summary>The moderation models shown.</summary>
    /// <value>The default is spam, abuse, offtopic.</value>
    public IList<string> Models { get; } = ["spam", "abuse", "offtopic"];
}
