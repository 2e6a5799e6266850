namespace Ugc.Contracts.Submissions;

/// <summary>One field of a submission form, or a family of fields sharing a prefix (<c>rating_</c>, <c>photourl_</c>).</summary>
/// <param name="Id">Lower-case field id; for a family, the prefix ending in <c>_</c>.</param>
/// <param name="Type">Input type.</param>
/// <param name="Label">Label shown by form renderers.</param>
/// <param name="Required">Whether a submission must carry a value.</param>
/// <param name="MinLength">Shortest accepted text, in characters.</param>
/// <param name="MaxLength">Longest accepted text, in characters.</param>
/// <param name="MinValue">Smallest accepted integer.</param>
/// <param name="MaxValue">Largest accepted integer.</param>
/// <param name="Options">Accepted values of a select field (matched case-insensitively).</param>
/// <param name="Format">Extra text constraint.</param>
/// <param name="IsFamily">True when <paramref name="Id"/> is a prefix and any identifier may follow it.</param>
/// <param name="MaxItems">
/// For a family: how many members a submission may carry; when <paramref name="Indexed"/>, members are numbered
/// from 0 and the number must stay below this.
/// </param>
/// <param name="Indexed">For a family: the id ends in <c>_&lt;n&gt;</c> (or is just <c>&lt;n&gt;</c>).</param>
[GenerateSerializer, Immutable, Alias("ugc.submission-field-definition")]
public sealed record SubmissionFieldDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] SubmissionFieldType Type,
    [property: Id(2)] string Label,
    [property: Id(3)] bool Required = false,
    [property: Id(4)] int? MinLength = null,
    [property: Id(5)] int? MaxLength = null,
    [property: Id(6)] int? MinValue = null,
    [property: Id(7)] int? MaxValue = null,
    [property: Id(8)] IReadOnlyList<string>? Options = null,
    [property: Id(9)] SubmissionFieldFormat Format = SubmissionFieldFormat.None,
    [property: Id(10)] bool IsFamily = false,
    [property: Id(11)] int? MaxItems = null,
    [property: Id(12)] bool Indexed = false);
