namespace Ugc.Grains.Tests.Storage;

/// <summary><see cref="ClientWriteConcurrencyTests{TFixture}"/> on memory storage.</summary>
public sealed class MemoryClientWriteConcurrencyTests(MemoryStorageClusterFixture fixture)
    : ClientWriteConcurrencyTests<MemoryStorageClusterFixture>(fixture), IClassFixture<MemoryStorageClusterFixture>;
