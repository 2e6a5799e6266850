using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ugc.Actors.Sql.Dialects;

/// <summary>
/// Hands out one <see cref="SqlDatabase"/> per database: one pooled data source per PostgreSQL connection string, one
/// gate per SQLite file. A singleton in the container; it disposes the databases with the container.
/// </summary>
public sealed class SqlDatabaseRegistry(ILoggerFactory? loggerFactory = null) : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<SqlDatabase>> _databases = new(StringComparer.Ordinal);
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Ugc.Actors.Sql");

    /// <summary>The database of a dialect and connection string.</summary>
    public SqlDatabase Get(SqlDialect dialect, string connectionString) => dialect switch
    {
        SqlDialect.Postgres => GetOrAdd("postgres|" + connectionString, () => new PostgresDatabase(connectionString, _logger)),
        SqlDialect.Sqlite => GetOrAdd("sqlite|" + PathOf(connectionString), () => new SqliteDatabase(connectionString, _logger)),
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Unknown SQL dialect."),
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases.Values.Where(d => d.IsValueCreated))
        {
            await database.Value.DisposeAsync().ConfigureAwait(false);
        }

        _databases.Clear();
    }

    // A container disposed synchronously must not throw for want of IDisposable.
    public void Dispose()
    {
        foreach (var database in _databases.Values.Where(d => d.IsValueCreated))
        {
            database.Value.Dispose();
        }

        _databases.Clear();
    }

    private static string PathOf(string connectionString)
    {
        SqliteDatabase.Canonicalize(connectionString, out var path, out _);
        return path;
    }

    // Lazy so that a lost GetOrAdd race never builds (and leaks) a second data source.
    private SqlDatabase GetOrAdd(string key, Func<SqlDatabase> create) =>
        _databases.GetOrAdd(key, _ => new Lazy<SqlDatabase>(create, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
