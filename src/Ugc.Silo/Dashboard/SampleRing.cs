namespace Ugc.Silo.Dashboard;

/// <summary>A fixed-size history: the newest item replaces the oldest, so memory stays bounded however long it runs.</summary>
public sealed class SampleRing<T>(int capacity)
    where T : class
{
    private readonly T[] _items = new T[capacity];
    private readonly Lock _gate = new();
    private int _next;
    private int _count;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    public void Add(T item)
    {
        lock (_gate)
        {
            _items[_next] = item;
            _next = (_next + 1) % _items.Length;
            _count = Math.Min(_count + 1, _items.Length);
        }
    }

    /// <summary>The newest <paramref name="max"/> items, oldest first.</summary>
    public IReadOnlyList<T> Latest(int max)
    {
        lock (_gate)
        {
            var take = Math.Clamp(max, 0, _count);
            var result = new T[take];
            for (var i = 0; i < take; i++)
            {
                result[i] = _items[(_next - take + i + _items.Length) % _items.Length];
            }

            return result;
        }
    }
}
