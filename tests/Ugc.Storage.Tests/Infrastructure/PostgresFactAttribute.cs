using Ugc.Testing.Postgres;

namespace Ugc.Storage.Tests.Infrastructure;

/// <summary>A fact that needs PostgreSQL: skipped when it is not installed, unless UGC_REQUIRE_POSTGRES=1 makes it fail.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresBinaries.SkipReason;
    }
}
