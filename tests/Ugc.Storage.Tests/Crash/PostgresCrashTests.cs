using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing.Postgres;

namespace Ugc.Storage.Tests.Crash;

/// <summary>The crash test on PostgreSQL: the server rolls back what the killed client had in flight.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Crash")]
[Trait("Category", "Postgres")]
public sealed class PostgresCrashTests(PostgresFixture postgres, Xunit.Abstractions.ITestOutputHelper output) : CrashTests(output)
{
    protected override string Provider => "postgres";

    protected override Task<string> CreateDatabaseAsync() => postgres.CreateDatabaseAsync();
}
