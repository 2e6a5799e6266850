using System.Collections.Concurrent;

namespace Ugc.Storage.Sqlite;

/// <summary>
/// One asynchronous gate per SQLite file and process: every command on the file takes it before it runs and gives
/// it back when its reader is disposed, so commands never meet SQLite's busy lock. Microsoft.Data.Sqlite answers a
/// busy database by retrying with <c>Thread.Sleep</c>, which blocks Orleans' threads and is unfair; one silo owns
/// the file, so serializing its commands costs little.
/// </summary>
internal sealed class SqliteGate
{
    private static readonly ConcurrentDictionary<string, SqliteGate> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _semaphore = new(1, 1);

    private SqliteGate(string path)
    {
        Path = path;
    }

    /// <summary>The full path of the file this gate guards.</summary>
    public string Path { get; }

    /// <summary>The gate of a file, shared by every data source, connection and command of this process on it.</summary>
    public static SqliteGate For(string fullPath) => Gates.GetOrAdd(fullPath, static p => new SqliteGate(p));

    /// <summary>Waits for the gate; throws <see cref="TimeoutException"/> rather than waiting past <paramref name="timeout"/>.</summary>
    public async ValueTask<SqliteGateLease> EnterAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!await _semaphore.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            throw Timeout(timeout);
        }

        return new SqliteGateLease(_semaphore);
    }

    /// <summary>Waits for the gate synchronously (only for callers of the synchronous ADO.NET methods).</summary>
    public SqliteGateLease Enter(TimeSpan timeout) =>
        _semaphore.Wait(timeout) ? new SqliteGateLease(_semaphore) : throw Timeout(timeout);

    private TimeoutException Timeout(TimeSpan timeout) => new(
        $"A command waited {timeout.TotalSeconds:F0} s for the SQLite file {Path}: another command of this process held it all that time.");
}
