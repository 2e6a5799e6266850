using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Ugc.Silo.Conversations;

/// <summary>
/// Serializer settings of the public content API: property names exactly as declared (PascalCase), every
/// documented key written even when null, Conversations date format, enums by name.
/// </summary>
public static class ConversationsJson
{
    /// <summary>Shared, read-only options for the content API's envelopes.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Applies the content API's settings to existing options (for example the host's HTTP JSON options).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = null;
        options.DictionaryKeyPolicy = null;
        // Clients rely on every documented key being present, so nulls are written.
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        // Readable non-ASCII text; HTML-sensitive characters stay escaped since sites embed the JSON in pages.
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new ConversationsDateTimeOffsetConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        options.TypeInfoResolver ??= new DefaultJsonTypeInfoResolver();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        Configure(options);
        options.MakeReadOnly();
        return options;
    }
}
