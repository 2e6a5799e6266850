using System.Text.Json.Serialization;

namespace Ugc.Contracts.Submissions;

/// <summary>The input type of a form field, named as clients see it in <c>Data.Fields[].Type</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubmissionFieldType>))]
[GenerateSerializer, Alias("ugc.submission-field-type")]
public enum SubmissionFieldType
{
    TextInput,
    TextAreaInput,
    IntegerInput,
    BooleanInput,
    SelectInput,
}
