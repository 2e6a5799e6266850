using System.Collections.Concurrent;
using System.Text.Json;
using Ugc.Actors.Persistence;

namespace Ugc.Actors.Streams;

/// <summary>Event payloads as JSON with their type names; types resolved once and cached.</summary>
internal static class StreamPayloads
{
    private static readonly ConcurrentDictionary<string, Type> s_types = new(StringComparer.Ordinal);

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static byte[] Serialize<T>(T item) => JsonSerializer.SerializeToUtf8Bytes(item, GrainStorageSerializer.Options);

    public static Type Resolve(string typeName) => s_types.GetOrAdd(typeName, static name =>
        Type.GetType(name, throwOnError: false) ?? throw new ActorException($"The stream event type '{name}' is not known in this process."));

    public static object? Deserialize(byte[] payload, Type type) => JsonSerializer.Deserialize(payload, type, GrainStorageSerializer.Options);
}
