namespace Ugc.Storage.Tests.Crash;

/// <summary>The crash test on a SQLite file: the killed process may leave a hot WAL that the restart must recover.</summary>
[Trait("Category", "Crash")]
public sealed class SqliteCrashTests(Xunit.Abstractions.ITestOutputHelper output) : CrashTests(output), IAsyncDisposable
{
    private readonly Infrastructure.SqliteBackend _backend = new();

    protected override string Provider => "sqlite";

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_backend.DataDirectory);

    public ValueTask DisposeAsync() => _backend.DisposeAsync();
}
