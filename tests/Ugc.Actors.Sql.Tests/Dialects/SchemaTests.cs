using Microsoft.Data.Sqlite;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Dialects;

public sealed class SchemaTests
{
    internal static readonly string[] Tables =
    [
        "ugc_grain_state", "ugc_reminders", "ugc_stream_messages", "ugc_stream_dead_letters", "ugc_stream_leases",
        "ugc_membership_version", "ugc_membership",
    ];

    [Theory]
    [InlineData(SqlDialect.Postgres, "postgres.sql")]
    [InlineData(SqlDialect.Sqlite, "sqlite.sql")]
    public void The_schema_run_at_start_up_is_the_operators_script(SqlDialect dialect, string file)
    {
        var deployed = File.ReadAllText(Path.Combine(RepositoryRoot(), "deploy", "sql", file));

        Assert.Equal(deployed, SqlSchemaScript.For(dialect));
        Assert.All(Tables, table => Assert.Contains("CREATE TABLE IF NOT EXISTS " + table + " (", deployed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sqlite_schema_is_idempotent_and_puts_the_file_in_wal_mode()
    {
        using var file = new SqliteTestFile();
        for (var run = 0; run < 2; run++)
        {
            await using var registry = new SqlDatabaseRegistry();
            await registry.Get(SqlDialect.Sqlite, file.ConnectionString).EnsureSchemaAsync();
        }

        await using var connection = new SqliteConnection(file.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'ugc_%'";
        Assert.Equal((long)Tables.Length, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Sqlite_spellings_of_one_file_share_one_database()
    {
        using var file = new SqliteTestFile();
        await using var registry = new SqlDatabaseRegistry();
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file.Path);

        Assert.Same(registry.Get(SqlDialect.Sqlite, file.ConnectionString), registry.Get(SqlDialect.Sqlite, $"Data Source={relative};Cache=Shared"));
        Assert.Throws<ArgumentException>(() => registry.Get(SqlDialect.Sqlite, "Data Source=:memory:"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Orleans.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Orleans.sln not found above " + AppContext.BaseDirectory);
    }
}
