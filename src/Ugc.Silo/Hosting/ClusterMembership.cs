namespace Ugc.Silo.Hosting;

/// <summary>How silos find each other (<c>Ugc:Cluster:Membership</c>).</summary>
public enum ClusterMembership
{
    /// <summary>One silo on loopback: the embedded default (sqlite and memory storage).</summary>
    Localhost,

    /// <summary>Orleans' ADO.NET clustering on our PostgreSQL membership tables.</summary>
    Postgres,

    /// <summary>Orleans' Azure Table clustering (Azure Storage, or Azurite in tests).</summary>
    AzureTable,
}
