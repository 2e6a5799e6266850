using Ugc.Storage.Options;

namespace Ugc.Storage.Tests.Infrastructure;

/// <summary>One database (or none) for one test: what <see cref="TestSilo"/>s of the test share.</summary>
public abstract class StorageBackend : IAsyncDisposable
{
    /// <summary>The provider under test.</summary>
    public abstract UgcStorageProvider Provider { get; }

    /// <summary>Points the options at this backend's database.</summary>
    public abstract void Configure(UgcStorageOptions options);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
