using Ugc.Actors.Reminders;

namespace Ugc.Actors.Sql.Tests.Reminders;

public sealed class MemoryReminderTableTests : ReminderTableConformance
{
    protected override Task<IReminderTable> CreateTableAsync() => Task.FromResult<IReminderTable>(new MemoryReminderTable());
}
