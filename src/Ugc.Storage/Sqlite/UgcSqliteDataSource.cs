using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ugc.Storage.Sqlite;

/// <summary>
/// The <see cref="DbDataSource"/> Orleans' ADO.NET grain storage, reminders and streams share on the SQLite file.
/// Its connections derive from <see cref="SqliteConnection"/>, so Orleans' invariant check for
/// <c>System.Data.SQLite</c> accepts them; their commands pass the file's <see cref="SqliteGate"/>, and their readers
/// convert the columns Orleans' stream provider casts (see <see cref="OrleansColumnReader"/>).
/// </summary>
internal sealed class UgcSqliteDataSource : DbDataSource
{
    private readonly string _connectionString;

    public UgcSqliteDataSource(string filePath)
    {
        FilePath = Path.GetFullPath(filePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Gate = SqliteGate.For(FilePath);
    }

    /// <summary>The database file, as a full path.</summary>
    public string FilePath { get; }

    /// <summary>The gate every command on the file takes.</summary>
    public SqliteGate Gate { get; }

    /// <summary>How long a command waits for the gate before it fails.</summary>
    public TimeSpan GateTimeout { get; } = TimeSpan.FromSeconds(60);

    public override string ConnectionString => _connectionString;

    /// <summary>A plain connection for work that holds the gate itself across several commands (schema, replay).</summary>
    public SqliteConnection CreateUngatedConnection() => new(_connectionString);

    protected override DbConnection CreateDbConnection() => new GatedSqliteConnection(_connectionString, this);
}
