using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Messaging;

/// <summary>
/// Serializes what crosses silos with System.Text.Json: whole messages, arguments and results by their declared
/// types (grain references included), request context values and exceptions.
/// </summary>
internal sealed class MessageSerializer
{
    private readonly JsonSerializerOptions _options;

    public MessageSerializer(GrainFactory grainFactory)
    {
        _options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            // Value tuples (common grain results) are fields.
            IncludeFields = true,
            Converters = { new JsonStringEnumConverter(), new GrainReferenceJsonConverterFactory(grainFactory) },
        };
    }

    public byte[] Encode(Message message) => JsonSerializer.SerializeToUtf8Bytes(message, _options);

    public Message Decode(ReadOnlySpan<byte> bytes) =>
        JsonSerializer.Deserialize<Message>(bytes, _options) ?? throw new ActorException("A message decoded to null.");

    public JsonElement SerializeArguments(GrainMethod method, object?[] arguments)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < arguments.Length; i++)
            {
                JsonSerializer.Serialize(writer, arguments[i], method.ParameterTypes[i], _options);
            }

            writer.WriteEndArray();
        }

        return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
    }

    public object?[] DeserializeArguments(GrainMethod method, JsonElement? arguments)
    {
        var types = method.ParameterTypes;
        var result = new object?[types.Length];
        if (arguments is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() != types.Length)
        {
            throw new ActorException($"The arguments of {method.Key} do not match its {types.Length} parameters.");
        }

        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            result[i] = element.Deserialize(types[i], _options);
            i++;
        }

        return result;
    }

    public JsonElement SerializeResult(Type type, object? value) => JsonSerializer.SerializeToElement(value, type, _options);

    public T? DeserializeResult<T>(JsonElement? value) => value is { } element ? element.Deserialize<T>(_options) : default;

    public Dictionary<string, ContextValue>? SerializeContext(ImmutableDictionary<string, object>? data)
    {
        if (data is null)
        {
            return null;
        }

        var result = new Dictionary<string, ContextValue>(data.Count, StringComparer.Ordinal);
        foreach (var (key, value) in data)
        {
            var type = value.GetType();
            result[key] = new ContextValue(type.AssemblyQualifiedName!, JsonSerializer.SerializeToElement(value, type, _options));
        }

        return result;
    }

    public ImmutableDictionary<string, object>? DeserializeContext(Dictionary<string, ContextValue>? values)
    {
        if (values is null || values.Count == 0)
        {
            return null;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var type = Type.GetType(value.Type) ?? typeof(JsonElement);
            builder[key] = value.Value.Deserialize(type, _options)!;
        }

        return builder.ToImmutable();
    }

    public static ExceptionInfo ToInfo(Exception exception) =>
        new(exception.GetType().AssemblyQualifiedName!, exception.Message, exception.StackTrace, exception.InnerException is { } inner ? ToInfo(inner) : null);

    /// <summary>Recreates the remote exception as its own type where this process has it, else as <see cref="RemoteGrainException"/>.</summary>
    public static Exception FromInfo(ExceptionInfo info)
    {
        var inner = info.Inner is { } innerInfo ? FromInfo(innerInfo) : null;
        Exception? exception = null;
        var type = Type.GetType(info.Type, throwOnError: false);
        if (type is not null && typeof(Exception).IsAssignableFrom(type))
        {
            exception = TryCreate(type, info.Message, inner);
        }

        exception ??= new RemoteGrainException(info.Type.Split(',')[0], info.Message);
        return info.StackTrace is { } stack ? ExceptionDispatchInfo.SetRemoteStackTrace(exception, stack) : exception;
    }

    private static Exception? TryCreate(Type type, string message, Exception? inner)
    {
        try
        {
            if (inner is not null && type.GetConstructor([typeof(string), typeof(Exception)]) is { } withInner)
            {
                return (Exception)withInner.Invoke([message, inner]);
            }

            if (type.GetConstructor([typeof(string)]) is { } withMessage)
            {
                return (Exception)withMessage.Invoke([message]);
            }
        }
        catch (System.Reflection.TargetInvocationException)
        {
            // A constructor that validates its message differently: fall back to RemoteGrainException.
        }

        return null;
    }
}
