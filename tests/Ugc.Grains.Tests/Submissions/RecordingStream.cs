using Ugc.Contracts.Content;

namespace Ugc.Grains.Tests.Submissions;

/// <summary>
/// A stand-in for the pipeline's submission streams: records every batch appended (and the stream it went to), holds
/// appends until <see cref="Release"/>, and fails the next one on request.
/// </summary>
internal sealed class RecordingStream
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private readonly List<List<ContentSubmission>> _batches = [];
    private readonly List<string> _keys = [];

    public bool FailNext { get; set; }

    /// <summary>Completes when the first append has started.</summary>
    public Task Started => _started.Task;

    public IReadOnlyList<IReadOnlyList<ContentSubmission>> Batches
    {
        get
        {
            lock (_lock)
            {
                return [.. _batches];
            }
        }
    }

    public IReadOnlyList<string> Keys
    {
        get
        {
            lock (_lock)
            {
                return [.. _keys];
            }
        }
    }

    public void Release() => _released.TrySetResult();

    public void Opened(string key)
    {
        lock (_lock)
        {
            _keys.Add(key);
        }
    }

    public async Task AppendAsync(IEnumerable<ContentSubmission> batch)
    {
        _started.TrySetResult();
        await _released.Task;
        if (FailNext)
        {
            FailNext = false;
            throw new InvalidOperationException("The test's storage refused the append.");
        }

        lock (_lock)
        {
            _batches.Add([.. batch]);
        }
    }
}

/// <summary>A stream provider whose streams append to a <see cref="RecordingStream"/>.</summary>
internal sealed class RecordingProvider(RecordingStream recording) : IStreamProvider
{
    public string Name => StreamNames.Provider;

    public bool IsRewindable => false;

    public IAsyncStream<T> GetStream<T>(StreamId streamId)
    {
        recording.Opened(streamId.GetKeyAsString());
        return (IAsyncStream<T>)(object)new Stream(recording, streamId);
    }

    private sealed class Stream(RecordingStream recording, StreamId id) : IAsyncStream<ContentSubmission>
    {
        public bool IsRewindable => false;

        public string ProviderName => StreamNames.Provider;

        public StreamId StreamId => id;

        public Task OnNextBatchAsync(IEnumerable<ContentSubmission> batch, StreamSequenceToken? token = null) => recording.AppendAsync(batch);

        public Task OnNextAsync(ContentSubmission item, StreamSequenceToken? token = null) => recording.AppendAsync([item]);

        public Task OnCompletedAsync() => throw new NotSupportedException();

        public Task OnErrorAsync(Exception ex) => throw new NotSupportedException();

        public Task<StreamSubscriptionHandle<ContentSubmission>> SubscribeAsync(IAsyncObserver<ContentSubmission> observer) => throw new NotSupportedException();

        public Task<StreamSubscriptionHandle<ContentSubmission>> SubscribeAsync(IAsyncObserver<ContentSubmission> observer, StreamSequenceToken? token, string? filterData = null) =>
            throw new NotSupportedException();

        public Task<StreamSubscriptionHandle<ContentSubmission>> SubscribeAsync(IAsyncBatchObserver<ContentSubmission> observer) => throw new NotSupportedException();

        public Task<StreamSubscriptionHandle<ContentSubmission>> SubscribeAsync(IAsyncBatchObserver<ContentSubmission> observer, StreamSequenceToken? token) =>
            throw new NotSupportedException();

        public Task<IList<StreamSubscriptionHandle<ContentSubmission>>> GetAllSubscriptionHandles() => throw new NotSupportedException();

        public bool Equals(IAsyncStream<ContentSubmission>? other) => other is not null && other.StreamId.Equals(StreamId);

        public int CompareTo(IAsyncStream<ContentSubmission>? other) => other is null ? 1 : StreamId.CompareTo(other.StreamId);

        public override bool Equals(object? obj) => obj is IAsyncStream<ContentSubmission> other && Equals(other);

        public override int GetHashCode() => StreamId.GetHashCode();
    }
}
