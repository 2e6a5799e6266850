using Microsoft.Data.Sqlite;

namespace Ugc.Actors.Sql.Tests.Infrastructure;

/// <summary>A SQLite database file in the temp folder, deleted (with its WAL and shared-memory files) on dispose.</summary>
public sealed class SqliteTestFile : IDisposable
{
    public SqliteTestFile()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ugc-sql-tests-{Guid.NewGuid():N}.db");
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        // Pooled connections keep the file open; close them first.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
