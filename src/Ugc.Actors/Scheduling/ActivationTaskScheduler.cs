using System.Collections.Concurrent;

namespace Ugc.Actors.Scheduling;

/// <summary>
/// Runs one activation's tasks one at a time, in order, on the thread pool. Every continuation of grain code comes
/// back here (await captures TaskScheduler.Current), so grain fields need no locks even when requests interleave.
/// </summary>
internal sealed class ActivationTaskScheduler(object owner) : TaskScheduler, IThreadPoolWorkItem
{
    // A bound on one drain keeps a busy activation from holding a pool thread indefinitely.
    private const int MaxTasksPerDrain = 64;

    [ThreadStatic]
    private static ActivationTaskScheduler? t_running;

    private readonly ConcurrentQueue<Task> _queue = new();
    private int _scheduled;

    /// <summary>The scheduler draining on this thread, if any.</summary>
    public static ActivationTaskScheduler? Running => t_running;

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>The activation this scheduler serves.</summary>
    public object Owner { get; } = owner;

    /// <summary>Queues a work item as a task on this scheduler.</summary>
    public void Run(Action<object?> action, object? state) =>
        new Task(action, state, CancellationToken.None, TaskCreationOptions.DenyChildAttach).Start(this);

    protected override void QueueTask(Task task)
    {
        _queue.Enqueue(task);
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
        }
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        !taskWasPreviouslyQueued && t_running == this && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    void IThreadPoolWorkItem.Execute()
    {
        var previous = t_running;
        t_running = this;
        try
        {
            for (var i = 0; i < MaxTasksPerDrain && _queue.TryDequeue(out var task); i++)
            {
                TryExecuteTask(task);
            }
        }
        finally
        {
            t_running = previous;
            Volatile.Write(ref _scheduled, 0);
            if (!_queue.IsEmpty && Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
            {
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
            }
        }
    }
}
