using System.Threading.Channels;

namespace Ugc.Bench;

/// <summary>
/// The baseline: the smallest honest actor, a <see cref="Channel{T}"/> mailbox drained by one loop, each request
/// answered through a <see cref="TaskCompletionSource{TResult}"/>.
/// </summary>
internal sealed class ChannelActor
{
    private readonly Channel<(int Amount, TaskCompletionSource<int> Reply)> _mailbox =
        Channel.CreateUnbounded<(int, TaskCompletionSource<int>)>(new UnboundedChannelOptions { SingleReader = true });

    private int _total;

    public ChannelActor() => _ = Task.Run(LoopAsync);

    public Task<int> AddAsync(int amount)
    {
        var reply = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _mailbox.Writer.TryWrite((amount, reply));
        return reply.Task;
    }

    public void Stop() => _mailbox.Writer.TryComplete();

    private async Task LoopAsync()
    {
        await foreach (var (amount, reply) in _mailbox.Reader.ReadAllAsync())
        {
            _total += amount;
            reply.SetResult(_total);
        }
    }
}
