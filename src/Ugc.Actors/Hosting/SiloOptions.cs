namespace Ugc.Actors.Hosting;

/// <summary>Identity and lifecycle limits of a silo; bound from <c>Ugc:Cluster</c>.</summary>
public sealed class SiloOptions
{
    public const string SectionName = "Ugc:Cluster";

    /// <summary>The cluster this silo joins; silos of different clusters never talk.</summary>
    /// <value>The default is "dev".</value>
    public string ClusterId { get; set; } = "dev";

    /// <summary>The service whose state this silo reads and writes; storage rows are scoped by it.</summary>
    /// <value>The default is "ugc".</value>
    public string ServiceId { get; set; } = "ugc";

    /// <summary>A name for logs and the dashboard.</summary>
    /// <value>The default is the machine name.</value>
    public string SiloName { get; set; } = Environment.MachineName;

    /// <summary>The address other silos reach this one at.</summary>
    /// <value>The default is 127.0.0.1.</value>
    public string AdvertisedHost { get; set; } = "127.0.0.1";

    /// <summary>The silo-to-silo port.</summary>
    /// <value>The default is 11111.</value>
    public int SiloPort { get; set; } = 11111;

    /// <summary>How long OnActivateAsync (with state load) may take.</summary>
    /// <value>The default is 30 s.</value>
    public TimeSpan ActivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long OnDeactivateAsync may take.</summary>
    /// <value>The default is 30 s.</value>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a graceful stop waits for every activation to deactivate.</summary>
    /// <value>The default is 60 s.</value>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
