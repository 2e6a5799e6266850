using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ugc.Silo.Conversations;

/// <summary>
/// Writes dates exactly as the Conversations API does, <c>2016-05-27T18:15:24.000+00:00</c>: milliseconds always,
/// offset as <c>+hh:mm</c> (never <c>Z</c>). Reads any ISO 8601 form.
/// </summary>
public sealed class ConversationsDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        throw new JsonException($"'{text}' is not an ISO 8601 date.");
    }

    // Written raw: the HTML-safe encoder would turn the offset's '+' into \u002B, not the documented form.
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteRawValue($"\"{value.ToString(Format, CultureInfo.InvariantCulture)}\"", skipInputValidation: true);
}
