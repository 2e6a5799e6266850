using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Ugc.Contracts.Content;
using Ugc.Grains.Catalog;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Tests.Serialization;

/// <summary>
/// Every type that crosses a grain call, travels on a stream or is persisted carries Orleans' serializer attributes and
/// survives a round trip with every member set; a new type without them fails here before it fails in a cluster.
/// </summary>
public sealed class ContractSerializationTests
{
    private static readonly Assembly Contracts = typeof(ContentDocument).Assembly;
    private static readonly Assembly Domain = typeof(ProductState).Assembly;
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    private static readonly Lazy<ServiceProvider> Services = new(() => new ServiceCollection()
        .AddSerializer(s => s.AddAssembly(Contracts).AddAssembly(Domain)).BuildServiceProvider());

    public static TheoryData<string> SerializedTypes => [.. Reachable().Select(t => t.FullName!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_contract_type_carries_GenerateSerializer_and_Alias_and_records_are_immutable()
    {
        var missing = Contracts.GetExportedTypes()
            .Where(t => t.Namespace?.StartsWith("Ugc.", StringComparison.Ordinal) == true && !t.IsInterface && !(t.IsAbstract && t.IsSealed))
            .Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is null || t.GetCustomAttribute<AliasAttribute>() is null
                || (IsRecord(t) && t.GetCustomAttribute<ImmutableAttribute>() is null))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(missing.Count == 0, "Without [GenerateSerializer], [Alias] (and [Immutable] on records): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_grain_interface_and_method_has_a_stable_alias()
    {
        var missing = Contracts.GetExportedTypes().Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttribute<AliasAttribute>() is null
                ? [t.Name]
                : t.GetMethods().Where(m => m.GetCustomAttribute<AliasAttribute>() is null).Select(m => $"{t.Name}.{m.Name}"))
            .ToList();
        Assert.True(missing.Count == 0, "Without [Alias]: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_type_a_grain_call_stream_or_state_carries_is_generated()
    {
        var reachable = Reachable();
        Assert.Contains(typeof(ContentEvent), reachable);
        Assert.Contains(typeof(ProductState), reachable);
        Assert.Contains(typeof(JournalEntry<ProductChange>), reachable);
        var missing = reachable.Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is null).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "Reachable from grain calls, streams or state but without [GenerateSerializer]: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(SerializedTypes))]
    public void Round_trips_through_the_Orleans_serializer_with_every_member(string typeName)
    {
        var type = Contracts.GetType(typeName) ?? Domain.GetType(typeName)!;
        var sample = new SampleFactory().Create(type)!;
        var serializer = Services.Value.GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<object>(serializer.SerializeToArray<object>(sample));

        Assert.IsType(type, copy);
        if (sample is Exception exception)
        {
            Assert.Equal(exception.Message, ((Exception)copy).Message);
            return;
        }

        Assert.Equal(JsonSerializer.Serialize(sample, type, Json), JsonSerializer.Serialize(copy, type, Json));
    }

    /// <summary>
    /// Our types reachable from grain interface signatures, stream events, persisted states and journal entries,
    /// through their serialized members and generic arguments.
    /// </summary>
    private static HashSet<Type> Reachable()
    {
        var roots = Contracts.GetExportedTypes().Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .Concat(Domain.GetTypes().Where(t => typeof(Grain).IsAssignableFrom(t) && !t.IsAbstract)
                .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters()))
                .Select(p => p.ParameterType)
                .Where(p => p.IsGenericType && p.GetGenericTypeDefinition() == typeof(IPersistentState<>)))
            .Concat(Domain.GetTypes().Where(t => typeof(Grain).IsAssignableFrom(t) && !t.IsAbstract)
                .SelectMany(t => t.GetFields(BindingFlags.NonPublic | BindingFlags.Instance))
                .Select(f => f.FieldType)
                .Where(f => f.IsGenericType && f.GetGenericTypeDefinition() == typeof(StateJournal<>))
                .Select(f => typeof(JournalEntry<>).MakeGenericType(f.GetGenericArguments())))
            .Concat(Domain.GetTypes().SelectMany(StreamEventTypes));
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                pending.Push(argument);
            }

            if (type.IsArray)
            {
                pending.Push(type.GetElementType()!);
            }

            if ((type.Assembly != Contracts && type.Assembly != Domain) || type.IsGenericParameter || !found.Add(type))
            {
                continue;
            }

            foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<IdAttribute>() is not null))
            {
                pending.Push(member.PropertyType);
            }
        }

        return found;
    }

    private static IEnumerable<Type> StreamEventTypes(Type grain) => grain.GetInterfaces()
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncObserver<>))
        .Select(i => i.GetGenericArguments()[0]);

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;
}
