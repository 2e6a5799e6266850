using Microsoft.Extensions.DependencyInjection;
using Ugc.Actors.Hosting;
using Ugc.Actors.Persistence;
using Ugc.Actors.Reminders;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Tests.Runtime;

/// <summary>The runtime suite on the in-memory providers, shared by both silos: the reference behaviour.</summary>
public sealed class MemoryRuntimeTests : RuntimeConformance
{
    private readonly MemoryStreamQueueStorage _queues = new(TimeProvider.System);
    private readonly MemoryGrainStorage _storage = new();
    private readonly MemoryReminderTable _reminders = new();

    protected override void AddStorage(ISiloBuilder silo)
    {
        silo.Services.AddKeyedSingleton<IStreamQueueStorage>(StreamProvider, _queues);
        silo.AddMemoryGrainStorage(StorageName, _storage);
        silo.Services.AddSingleton<IReminderTable>(_reminders);
    }
}
