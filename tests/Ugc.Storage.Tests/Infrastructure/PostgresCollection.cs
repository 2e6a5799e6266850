using Ugc.Testing.Postgres;

namespace Ugc.Storage.Tests.Infrastructure;

/// <summary>The test classes that share the PostgreSQL server; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}
