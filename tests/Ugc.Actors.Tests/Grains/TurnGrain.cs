namespace Ugc.Actors.Tests.Grains;

public abstract class TurnGrainBase : Grain, ITurnOperations
{
    private readonly List<string> _entered = [];
    private int _inside;
    private int _maxInsideSeen;

    public async Task WaitAsync(string gate)
    {
        _entered.Add(gate);
        await Gates.Get(gate).Task;
        Gates.Log(this.GetPrimaryKeyString(), $"exit:{gate}");
    }

    public Task ReadAsync(string gate) => WaitAsync(gate);

    public Task<IReadOnlyList<string>> EnteredAsync() => Task.FromResult<IReadOnlyList<string>>([.. _entered]);

    public async Task<bool> ExclusiveAsync(int yields)
    {
        // Counts code running "inside" this method across awaits: on a correct scheduler two continuations never overlap.
        for (var i = 0; i < yields; i++)
        {
            var now = Interlocked.Increment(ref _inside);
            _maxInsideSeen = Math.Max(_maxInsideSeen, now);
            Thread.SpinWait(200);
            Interlocked.Decrement(ref _inside);
            await Task.Yield();
        }

        return _maxInsideSeen == 1;
    }
}

public sealed class TurnGrain : TurnGrainBase, ITurnGrain;

[Reentrant]
public sealed class ReentrantTurnGrain : TurnGrainBase, IReentrantTurnGrain;
