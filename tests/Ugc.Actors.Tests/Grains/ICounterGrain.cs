namespace Ugc.Actors.Tests.Grains;

/// <summary>A persistent counter that reports where and in which activation it runs.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    Task<int> GetAsync();

    /// <summary>Increments in memory only; persisted when the grain deactivates.</summary>
    Task<int> IncrementVolatileAsync();

    Task<string> SiloAsync();

    Task<Guid> ActivationIdAsync();

    Task DeactivateAsync();

    Task<string?> ContextValueAsync(string key);

    Task<string> CallOtherAsync(ICounterGrain other);

    Task ThrowAsync(string kind, string message);

    Task<int> ActivatedWithAsync();

    Task<NotSerializableOverTheWire> EchoAsync(NotSerializableOverTheWire value);

    Task WaitAsync(string gate);

    Task<(int Value, string Silo)> SnapshotAsync();
}

/// <summary>A message type System.Text.Json refuses: fine by reference inside a silo, fails between silos.</summary>
public sealed record NotSerializableOverTheWire(Type Payload);

/// <summary>A domain exception with the usual constructors, recreated by type across silos.</summary>
public sealed class CounterRuleException : Exception
{
    public CounterRuleException() { }

    public CounterRuleException(string message) : base(message) { }

    public CounterRuleException(string message, Exception inner) : base(message, inner) { }
}

public sealed class CounterState
{
    public int Value { get; set; }

    public int Activations { get; set; }
}
