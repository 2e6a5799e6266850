using Ugc.Testing.Postgres;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>
/// The multi-process tests, one after another: each runs three or four silos and PostgreSQL on a 2-core machine,
/// so two at once would measure the machine rather than the cluster.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Cluster";
}
