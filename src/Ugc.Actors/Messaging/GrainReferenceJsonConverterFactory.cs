using System.Text.Json;
using System.Text.Json.Serialization;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Messaging;

/// <summary>Lets grain references cross silos as their grain id; the receiving silo rebinds them to its own runtime.</summary>
internal sealed class GrainReferenceJsonConverterFactory(GrainFactory grainFactory) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsInterface && typeof(IGrain).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert), grainFactory)!;

    private sealed class Converter<T>(GrainFactory grainFactory) : JsonConverter<T>
        where T : class, IGrain
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : (T)grainFactory.GetReference(typeof(T), GrainId.Parse(reader.GetString()!));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(((IGrainIdentity)value).GrainId.ToString());
    }
}
