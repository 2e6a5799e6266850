using System.Collections.Immutable;
using Ugc.Actors.Runtime;

namespace Ugc.Actors;

/// <summary>
/// Values that travel with every grain call made from the current flow, across silos too (as Orleans' RequestContext).
/// Values should be strings or simple JSON-serializable values.
/// </summary>
public static class RequestContext
{
    /// <summary>Sets a value for calls made from here on in this flow.</summary>
    public static void Set(string key, object value)
    {
        var current = CallContext.Current;
        CallContext.Current = new CallContext(current?.Chain, (current?.Data ?? ImmutableDictionary<string, object>.Empty).SetItem(key, value));
    }

    /// <summary>A value set in this flow or by the caller; null if none.</summary>
    public static object? Get(string key) => CallContext.Current?.Data is { } data && data.TryGetValue(key, out var value) ? value : null;

    /// <summary>Removes a value from this flow.</summary>
    public static bool Remove(string key)
    {
        var current = CallContext.Current;
        if (current?.Data is null || !current.Data.ContainsKey(key))
        {
            return false;
        }

        CallContext.Current = new CallContext(current.Chain, current.Data.Remove(key));
        return true;
    }

    /// <summary>Every key and value in this flow.</summary>
    public static IReadOnlyDictionary<string, object> Entries =>
        CallContext.Current?.Data ?? (IReadOnlyDictionary<string, object>)ImmutableDictionary<string, object>.Empty;
}
