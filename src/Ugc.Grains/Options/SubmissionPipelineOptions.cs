namespace Ugc.Grains.Options;

/// <summary>How the write path groups its appends and defers its bookkeeping; bound from <c>Ugc:Submissions</c>.</summary>
public sealed class SubmissionPipelineOptions
{
    public const string SectionName = "Ugc:Submissions";

    /// <summary>
    /// Streams the <c>submissions</c> are spread over (keys <c>0</c> to N-1). Each silo groups the submissions it
    /// accepts at once into one append per partition, and each partition is moderated by one dispatcher batch at a
    /// time, so this bounds the batches in flight across the cluster. Every silo must use the same number.
    /// </summary>
    /// <value>The default is 8.</value>
    public int Partitions { get; set; } = 8;

    /// <summary>Most submissions one append carries.</summary>
    /// <value>The default is 256.</value>
    public int MaxBatch { get; set; } = 256;

    /// <summary>
    /// How long velocity counters, shopper histories and nickname claims may live in memory only before they are
    /// written. Acknowledgements do not wait for them: a shopper's history and nickname are confirmed durable when
    /// the acknowledged submission is moderated (the submission itself is the durable record), and a crash loses at
    /// most this much of the device, address, e-mail, duplicate-text and rating-burst counts.
    /// </summary>
    /// <value>The default is 2 s.</value>
    public TimeSpan BookkeepingDelay { get; set; } = TimeSpan.FromSeconds(2);
}
