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
public sealed record SubmissionFieldDefinition(
    string Id,
    SubmissionFieldType Type,
    string Label,
    bool Required = false,
    int? MinLength = null,
    int? MaxLength = null,
    int? MinValue = null,
    int? MaxValue = null,
    IReadOnlyList<string>? Options = null,
    SubmissionFieldFormat Format = SubmissionFieldFormat.None,
    bool IsFamily = false,
    int? MaxItems = null,
    bool Indexed = false);
