using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Ugc.Grains.Tests.Serialization;

/// <summary>
/// Builds an instance of a contract or state type with every member set to a distinct, non-default value, so a round
/// trip through the serializer shows any member that does not survive it.
/// </summary>
public sealed class SampleFactory
{
    private const int MaxDepth = 5;
    private int _counter;

    public object? Create(Type type, int depth = 0)
    {
        _counter++;
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Create(underlying, depth);
        }

        if (Scalar(type) is { } scalar)
        {
            return scalar;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(values.Length - 1);
        }

        if (depth > MaxDepth)
        {
            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 2);
            array.SetValue(Create(type.GetElementType()!, depth + 1), 0);
            array.SetValue(Create(type.GetElementType()!, depth + 1), 1);
            return array;
        }

        if (type.IsGenericType && Collection(type, depth) is { } collection)
        {
            return collection;
        }

        if (type.FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true)
        {
            return Activator.CreateInstance(type, [.. type.GetGenericArguments().Select(a => Create(a, depth + 1))]);
        }

        if (typeof(Exception).IsAssignableFrom(type))
        {
            return Activator.CreateInstance(type, $"message {_counter}");
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{type} has no public constructor to build a sample with.");
        var instance = constructor.Invoke([.. constructor.GetParameters().Select(p => Create(p.ParameterType, depth + 1))]);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            property.SetValue(instance, Create(property.PropertyType, depth + 1));
        }

        return instance;
    }

    private object? Scalar(Type type)
    {
        var n = _counter;
        return type switch
        {
            _ when type == typeof(string) => "text-" + n.ToString(CultureInfo.InvariantCulture),
            _ when type == typeof(int) => n,
            _ when type == typeof(long) => (long)n * 1_000_003,
            _ when type == typeof(ulong) => (ulong)n * 0x9E3779B97F4A7C15UL,
            _ when type == typeof(short) => (short)n,
            _ when type == typeof(ushort) => (ushort)n,
            _ when type == typeof(double) => n + 0.25,
            _ when type == typeof(float) => n + 0.5f,
            _ when type == typeof(decimal) => n + 0.75m,
            _ when type == typeof(bool) => true,
            _ when type == typeof(byte) => (byte)n,
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 5, 27, 18, 15, 24, 123, TimeSpan.Zero).AddMinutes(n),
            _ when type == typeof(DateTime) => new DateTime(2026, 5, 27, 18, 15, 24, DateTimeKind.Utc).AddMinutes(n),
            _ when type == typeof(DateOnly) => new DateOnly(2026, 5, 27).AddDays(n),
            _ when type == typeof(TimeSpan) => TimeSpan.FromSeconds(n),
            _ when type == typeof(Guid) => new Guid(n, 1, 2, [3, 4, 5, 6, 7, 8, 9, 10]),
            _ => null,
        };
    }

    private object? Collection(Type type, int depth)
    {
        var definition = type.GetGenericTypeDefinition();
        var args = type.GetGenericArguments();
        if (args.Length == 2 && (definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>)))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
            dictionary[Create(args[0], depth + 1)!] = Create(args[1], depth + 1);
            return dictionary;
        }

        if (args.Length != 1)
        {
            return null;
        }

        Type? concrete = definition switch
        {
            _ when definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(ICollection<>) => typeof(List<>),
            _ when definition == typeof(HashSet<>) || definition == typeof(IReadOnlySet<>) || definition == typeof(ISet<>) => typeof(HashSet<>),
            _ => null,
        };
        if (concrete is null)
        {
            return null;
        }

        var collection = Activator.CreateInstance(concrete.MakeGenericType(args))!;
        var add = collection.GetType().GetMethod("Add")!;
        add.Invoke(collection, [Create(args[0], depth + 1)]);
        add.Invoke(collection, [Create(args[0], depth + 1)]);
        return collection;
    }
}
