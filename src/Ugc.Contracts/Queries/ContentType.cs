using System.Text.Json.Serialization;

namespace Ugc.Contracts.Queries;

/// <summary>The kinds of content the display API serves, one per <c>/data/*.json</c> endpoint.</summary>
/// <remarks>Serialized by name so silos running different builds agree on the value.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ContentType>))]
[GenerateSerializer, Alias("ugc.content-type")]
public enum ContentType
{
    Reviews,
    Questions,
    Answers,
    ReviewComments,
    Products,
    Categories,
    Authors,
    Statistics,
}
