using Ugc.Contracts.Queries;

namespace Ugc.Silo.Conversations;

/// <summary>
/// Builds an envelope's <c>Includes</c>: each type as <c>{"Products": {"p1": {...}}, "ProductsOrder": ["p1"]}</c>,
/// keeping first-seen order and each id once.
/// </summary>
public sealed class IncludesBuilder
{
    private readonly Dictionary<string, object> _includes = new(StringComparer.Ordinal);

    /// <summary>Adds (or replaces) the included items of <paramref name="type"/>.</summary>
    public IncludesBuilder Add<T>(ContentType type, IEnumerable<T> items, Func<T, string> idOf)
    {
        var name = ContentTypeNames.IncludeName(type);
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in items)
        {
            var id = idOf(item);
            if (byId.TryAdd(id, item))
            {
                order.Add(id);
            }
        }

        _includes[name] = byId;
        _includes[name + "Order"] = order;
        return this;
    }

    public IReadOnlyDictionary<string, object> Build() => new Dictionary<string, object>(_includes, StringComparer.Ordinal);
}
