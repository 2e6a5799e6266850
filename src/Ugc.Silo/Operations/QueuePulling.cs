namespace Ugc.Silo.Operations;

/// <summary>How the pipeline's queues are pulled across the cluster.</summary>
/// <param name="Queues">Queues the provider is configured with.</param>
/// <param name="Pulled">Queues a pulling agent holds, summed over the active silos (equal to <paramref name="Queues"/> when every queue is read).</param>
/// <param name="Silos">Active silos asked.</param>
public sealed record QueuePulling(int Queues, int Pulled, int Silos);
