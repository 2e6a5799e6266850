using Ugc.Actors.Hosting;
using Ugc.Actors.Persistence;

namespace Ugc.Actors.Tests.Grains;

public sealed class CounterGrain(
    [PersistentState("counter")] IPersistentState<CounterState> state,
    ISiloStatus silo,
    TimeProvider time) : Grain, ICounterGrain
{
    private readonly Guid _activationId = Guid.NewGuid();
    private int _valueAtActivation = -1;
    private bool _dirty;

    public TimeProvider Time { get; } = time;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _valueAtActivation = state.State.Value;
        Gates.Log("activations:" + this.GetPrimaryKeyString(), _activationId.ToString());
        state.State.Activations++;
        await state.WriteStateAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Gates.Log("deactivations:" + this.GetPrimaryKeyString(), reason.Code.ToString());
        if (_dirty)
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<int> IncrementAsync()
    {
        state.State.Value++;
        await state.WriteStateAsync();
        _dirty = false;
        return state.State.Value;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Value);

    public Task<int> IncrementVolatileAsync()
    {
        _dirty = true;
        return Task.FromResult(++state.State.Value);
    }

    public Task<string> SiloAsync() => Task.FromResult(silo.Address.ToString());

    public Task<Guid> ActivationIdAsync() => Task.FromResult(_activationId);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<string?> ContextValueAsync(string key) => Task.FromResult(RequestContext.Get(key) as string);

    public async Task<string> CallOtherAsync(ICounterGrain other) => await other.SiloAsync();

    public Task ThrowAsync(string kind, string message) => kind switch
    {
        "argument" => throw new ArgumentException(message),
        "rule" => throw new CounterRuleException(message),
        _ => throw new InvalidOperationException(message),
    };

    public Task<int> ActivatedWithAsync() => Task.FromResult(_valueAtActivation);

    public Task<NotSerializableOverTheWire> EchoAsync(NotSerializableOverTheWire value) => Task.FromResult(value);

    public Task WaitAsync(string gate) => Gates.Get(gate).Task;

    public Task<(int Value, string Silo)> SnapshotAsync() => Task.FromResult((state.State.Value, silo.Address.ToString()));
}
