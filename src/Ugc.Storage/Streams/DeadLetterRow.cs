namespace Ugc.Storage.Streams;

/// <summary>A dead letter as a store reads it, payload undecoded.</summary>
internal sealed record DeadLetterRow(long MessageId, string QueueId, DateTime CreatedOn, DateTime DeadOn, int Dequeued, byte[] Payload);
