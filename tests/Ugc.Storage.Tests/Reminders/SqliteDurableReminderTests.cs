using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.Reminders;

public sealed class SqliteDurableReminderTests : DurableReminderTests
{
    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}
