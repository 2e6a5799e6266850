using System.Text.Json.Serialization;

namespace Ugc.Contracts.Queries;

/// <summary>Comparison operators of a <c>Filter</c> clause; <see cref="Eq"/> when the request names none.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FilterOperator>))]
[GenerateSerializer, Alias("ugc.filter-operator")]
public enum FilterOperator
{
    Eq,
    Neq,
    Lt,
    Lte,
    Gt,
    Gte,
}
