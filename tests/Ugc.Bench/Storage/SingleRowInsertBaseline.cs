using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ugc.Bench.Storage;

/// <summary>
/// The baseline of the append benchmarks: one plain single-row INSERT per operation, each committed on its own
/// (autocommit), into a simple table of the same database, with a payload the size of a benchmark event.
/// </summary>
internal sealed class SingleRowInsertBaseline : IAsyncDisposable
{
    private const string CreatePostgres = "CREATE TABLE IF NOT EXISTS bench_rows (id bigserial PRIMARY KEY, stream_key text NOT NULL, payload bytea NOT NULL)";
    private const string CreateSqlite = "CREATE TABLE IF NOT EXISTS bench_rows (id integer PRIMARY KEY, stream_key text NOT NULL, payload blob NOT NULL)";
    private const string Insert = "INSERT INTO bench_rows (stream_key, payload) VALUES (@k, @p)";

    private readonly NpgsqlDataSource? _postgres;
    private readonly string? _sqlite;

    // SQLite has one writer per file; queueing on a gate is what the SQLite provider does too.
    private readonly SemaphoreSlim _sqliteGate = new(1, 1);
    private readonly byte[] _payload;

    private SingleRowInsertBaseline(NpgsqlDataSource? postgres, string? sqlite, int payloadBytes)
    {
        _postgres = postgres;
        _sqlite = sqlite;
        _payload = new byte[payloadBytes];
        Random.Shared.NextBytes(_payload);
    }

    /// <summary>The row's payload size (96 bytes by default: a benchmark event).</summary>
    public int PayloadBytes => _payload.Length;

    public static async Task<SingleRowInsertBaseline> PostgresAsync(string connectionString, int payloadBytes = 96)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(CreatePostgres);
        await command.ExecuteNonQueryAsync();
        return new SingleRowInsertBaseline(dataSource, null, payloadBytes);
    }

    public static async Task<SingleRowInsertBaseline> SqliteAsync(string connectionString, int payloadBytes = 96)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand(CreateSqlite, connection);
        await command.ExecuteNonQueryAsync();
        return new SingleRowInsertBaseline(null, connectionString, payloadBytes);
    }

    public async Task InsertAsync(int worker)
    {
        if (_postgres is not null)
        {
            await using var command = _postgres.CreateCommand(Insert);
            command.Parameters.AddWithValue("k", "s" + worker);
            command.Parameters.AddWithValue("p", _payload);
            await command.ExecuteNonQueryAsync();
            return;
        }

        await _sqliteGate.WaitAsync();
        try
        {
            await using var connection = new SqliteConnection(_sqlite);
            await connection.OpenAsync();
            await using var command = new SqliteCommand(Insert, connection);
            command.Parameters.AddWithValue("@k", "s" + worker);
            command.Parameters.AddWithValue("@p", _payload);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            _sqliteGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _sqliteGate.Dispose();
    }
}
