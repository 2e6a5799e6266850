using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.Reminders;

public sealed class SqliteReminderTests : ReminderTests
{
    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}
