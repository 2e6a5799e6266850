using Ugc.Storage.Options;

namespace Ugc.Grains.Tests.Storage;

/// <summary>
/// The domain on the embedded default: grain state, reminders and streams in one SQLite file of a temporary folder,
/// shared by both silos of the test cluster, deleted after.
/// </summary>
public sealed class SqliteStorageClusterFixture : StorageClusterFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ugc-grains-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    protected override void ConfigureStorage(UgcStorageOptions options)
    {
        options.Provider = UgcStorageProvider.Sqlite;
        options.DataDirectory = _folder;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
