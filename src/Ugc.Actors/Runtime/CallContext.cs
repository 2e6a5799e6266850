using System.Collections.Immutable;

namespace Ugc.Actors.Runtime;

/// <summary>
/// What travels with a call: the chain of grains waiting on it (for deadlock detection and tracing) and the request
/// context values. Held in an AsyncLocal inside a silo, in message headers between silos.
/// </summary>
internal sealed class CallContext(CallChain? chain, ImmutableDictionary<string, object>? data)
{
    private static readonly AsyncLocal<CallContext?> s_current = new();

    public static CallContext? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    public CallChain? Chain { get; } = chain;

    public ImmutableDictionary<string, object>? Data { get; } = data is { IsEmpty: true } ? null : data;
}
