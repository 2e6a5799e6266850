namespace Ugc.Grains.Tests.Storage;

/// <summary><see cref="ClientWriteConcurrencyTests{TFixture}"/> on memory storage.</summary>
public sealed class SqliteClientWriteConcurrencyTests(SqliteStorageClusterFixture fixture)
    : ClientWriteConcurrencyTests<SqliteStorageClusterFixture>(fixture), IClassFixture<SqliteStorageClusterFixture>;
