namespace Ugc.Actors.Streams;

/// <summary>A named source of streams over one set of durable queues.</summary>
public interface IStreamProvider
{
    string Name { get; }

    /// <summary>A handle to the stream; cheap, creates nothing.</summary>
    IAsyncStream<T> GetStream<T>(StreamId streamId);
}
