using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Crash;

/// <summary>The crash test on a SQLite file: the killed process may leave a hot WAL that the restart must recover.</summary>
[Trait("Category", "Crash")]
public sealed class SqliteCrashTests : CrashConformance, IDisposable
{
    private readonly SqliteTestFile _file = new();

    protected override string Provider => "sqlite";

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_file.ConnectionString);

    public void Dispose() => _file.Dispose();
}
