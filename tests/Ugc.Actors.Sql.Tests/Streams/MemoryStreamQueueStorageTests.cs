using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Tests.Streams;

public sealed class MemoryStreamQueueStorageTests : StreamDeadLetterAndLeaseConformance
{
    protected override IStreamQueueStorage CreateQueues(TimeProvider clock) => new MemoryStreamQueueStorage(clock);
}
