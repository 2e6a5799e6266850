using Ugc.Testing.Postgres;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>A multi-process cluster test: needs PostgreSQL; skipped without it unless UGC_REQUIRE_POSTGRES=1 makes that a failure.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        Skip = PostgresBinaries.SkipReason;
        Timeout = 0;
    }
}
