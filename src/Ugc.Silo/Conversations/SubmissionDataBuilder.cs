using Ugc.Contracts.Submissions;

namespace Ugc.Silo.Conversations;

/// <summary>Builds <c>Data</c> from a form definition and the accepted values (invariant text, written as the field's type).</summary>
internal static class SubmissionDataBuilder
{
    public static SubmissionData Build(SubmissionFormDefinition definition, IReadOnlyDictionary<string, string> values)
    {
        var fields = new Dictionary<string, SubmissionFieldView>(StringComparer.Ordinal);
        foreach (var field in definition.Fields)
        {
            if (!field.IsFamily)
            {
                fields[field.Id] = View(field, field.Id, values.GetValueOrDefault(field.Id));
                continue;
            }

            // Families have no fixed members: show those the shopper sent.
            foreach (var (id, value) in values)
            {
                if (id.Length > field.Id.Length && id.StartsWith(field.Id, StringComparison.OrdinalIgnoreCase))
                {
                    fields[id] = View(field, id, value);
                }
            }
        }

        return new SubmissionData(fields, new Dictionary<string, SubmissionGroupView>(), [.. fields.Keys], []);
    }

    private static SubmissionFieldView View(SubmissionFieldDefinition field, string id, string? text)
    {
        object? value = field.Type switch
        {
            _ when text is null => null,
            SubmissionFieldType.IntegerInput when int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
            SubmissionFieldType.BooleanInput when bool.TryParse(text, out var flag) => flag,
            _ => text,
        };
        var options = (field.Options ?? [])
            .Select(o => new SubmissionFieldOption(o, o, value is string s && s.Equals(o, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return new SubmissionFieldView(id, field.Type.ToString(), field.Label, value, null, field.Required, field.MinLength, field.MaxLength, options);
    }
}
