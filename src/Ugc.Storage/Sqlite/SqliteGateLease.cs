namespace Ugc.Storage.Sqlite;

/// <summary>A held <see cref="SqliteGate"/>; disposing it (once, from any thread) lets the next command in.</summary>
internal sealed class SqliteGateLease(SemaphoreSlim semaphore) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            semaphore.Release();
        }
    }
}
