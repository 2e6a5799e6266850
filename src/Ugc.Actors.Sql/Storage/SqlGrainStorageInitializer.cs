using Ugc.Actors.Hosting;

namespace Ugc.Actors.Sql.Storage;

/// <summary>
/// Creates a SQL grain storage's schema when the silo starts. <c>IGrainStorage</c> has no start hook, and waiting for
/// the first state access would let a silo with an unreachable or unusable database start and fail later, per grain.
/// </summary>
internal sealed class SqlGrainStorageInitializer(SqlGrainStorage storage) : ISiloLifecycleParticipant
{
    public Task OnSiloStartedAsync(CancellationToken cancellationToken) => storage.InitAsync(cancellationToken);

    public Task OnSiloStoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
