using Microsoft.Data.Sqlite;
using Ugc.Storage.Options;

namespace Ugc.Storage.Tests.Infrastructure;

/// <summary>A data directory of the test's own in the temp folder, deleted with its SQLite file on dispose.</summary>
public sealed class SqliteBackend : StorageBackend
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "ugc-storage-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public string FilePath => Path.Combine(DataDirectory, "ugc.db");

    public override UgcStorageProvider Provider => UgcStorageProvider.Sqlite;

    public override void Configure(UgcStorageOptions options)
    {
        options.Provider = UgcStorageProvider.Sqlite;
        options.DataDirectory = DataDirectory;
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        return base.DisposeAsync();
    }
}
