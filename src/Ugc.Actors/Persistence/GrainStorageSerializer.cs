using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ugc.Actors.Persistence;

/// <summary>The one JSON shape of grain state used by every provider, so state moves between providers unchanged.</summary>
public static class GrainStorageSerializer
{
    /// <summary>Options for state payloads: web casing off (names as declared), enums as strings, fields included.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        IncludeFields = false,
        WriteIndented = false,
    };

    /// <summary>Serializes a state object to UTF-8 JSON.</summary>
    public static byte[] Serialize<T>(T state) => JsonSerializer.SerializeToUtf8Bytes(state, Options);

    /// <summary>Serializes a state object to JSON text.</summary>
    public static string SerializeToString<T>(T state) => JsonSerializer.Serialize(state, Options);

    /// <summary>Deserializes a state object; a JSON null yields a new default instance when <typeparamref name="T"/> has one.</summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<T>(json, Options) ?? CreateDefault<T>();

    /// <summary>Deserializes a state object from JSON text.</summary>
    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? CreateDefault<T>();

    /// <summary>The empty state a grain starts with: a new instance for classes with a parameterless constructor.</summary>
    public static T CreateDefault<T>() =>
        typeof(T).IsValueType || typeof(T).GetConstructor(Type.EmptyTypes) is null ? default! : Activator.CreateInstance<T>();
}
