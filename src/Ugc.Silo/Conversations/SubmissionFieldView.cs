namespace Ugc.Silo.Conversations;

/// <summary>A field as shown in <c>Data.Fields</c>, keyed by its lower-case id.</summary>
/// <param name="Id">Lower-case field id.</param>
/// <param name="Type"><c>TextInput</c>, <c>TextAreaInput</c>, <c>IntegerInput</c>, <c>BooleanInput</c> or <c>SelectInput</c>.</param>
/// <param name="Label">Label for form renderers.</param>
/// <param name="Value">The submitted value (number, boolean or text), null when none.</param>
/// <param name="Default">Default value, null when none.</param>
/// <param name="Required">Whether the field must be filled.</param>
/// <param name="MinLength">Shortest accepted text, or null.</param>
/// <param name="MaxLength">Longest accepted text, or null.</param>
/// <param name="Options">Options of a select field; empty otherwise.</param>
public sealed record SubmissionFieldView(
    string Id,
    string Type,
    string? Label,
    object? Value,
    object? Default,
    bool Required,
    int? MinLength,
    int? MaxLength,
    IReadOnlyList<SubmissionFieldOption> Options);
