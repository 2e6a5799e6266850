using System.Text.Json.Serialization;

namespace Ugc.Contracts.Queries;

/// <summary>How the values of a filter field are written and compared.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FieldValueKind>))]
[GenerateSerializer, Alias("ugc.field-value-kind")]
public enum FieldValueKind
{
    /// <summary>Compared as ordinal, case-insensitive text.</summary>
    Text,

    /// <summary>A decimal number in invariant form.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>, normalized to lower case by the parser.</summary>
    Boolean,

    /// <summary>Epoch seconds (UTC) as an integer.</summary>
    Time,
}
