using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ugc.Silo.Tests.ResponseShapes;

/// <summary>
/// Checks a real response object against its documented field set: every documented key present, no key the
/// documentation does not list, each value of its documented type; nested objects are checked against their own sections.
/// </summary>
public static partial class FieldSetChecker
{
    /// <summary>Every mismatch, as <c>Path: problem</c>; empty when the object matches.</summary>
    public static List<string> Check(string section, JsonElement value, string path = "$")
    {
        var problems = new List<string>();
        CheckObject(DocumentedFields.Get(section), value, path, problems);
        return problems;
    }

    private static void CheckObject(DocumentedObject documented, JsonElement value, string path, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected a {documented.Name} object, got {value.ValueKind}");
            return;
        }

        var present = value.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var missing = documented.Fields.Select(f => f.Key).Where(f => !present.Contains(f)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"{path}: {documented.Name} lacks documented fields {string.Join(", ", missing)}");
        }

        var undocumented = present.Where(p => documented.Field(p) is null).ToList();
        if (undocumented.Count > 0)
        {
            problems.Add($"{path}: {documented.Name} has fields docs/API-FIELDS.md does not list: {string.Join(", ", undocumented)}");
        }

        foreach (var (name, type) in documented.Fields)
        {
            if (value.TryGetProperty(name, out var field))
            {
                CheckValue(type, field, $"{path}.{name}", problems);
            }
        }
    }

    private static void CheckValue(FieldType type, JsonElement value, string path, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!type.Nullable)
            {
                problems.Add($"{path}: null, but documented as never null");
            }

            return;
        }

        switch (type.Kind)
        {
            case "list" when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue(type.Element!, item, $"{path}[{index++}]", problems);
                }

                break;
            case "map" when value.ValueKind == JsonValueKind.Object:
                foreach (var entry in value.EnumerateObject())
                {
                    CheckValue(type.Element!, entry.Value, $"{path}.{entry.Name}", problems);
                }

                break;
            case "object" when type.Section is not null:
                CheckObject(DocumentedFields.Get(type.Section), value, path, problems);
                break;
            case "object" when value.ValueKind == JsonValueKind.Object:
            case "string" when value.ValueKind == JsonValueKind.String:
            case "number" when value.ValueKind == JsonValueKind.Number:
            case "int" when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _):
            case "bool" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
            case "date" when value.ValueKind == JsonValueKind.String && ConversationsDate().IsMatch(value.GetString()!):
            case "any" when value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                break;
            default:
                problems.Add($"{path}: documented as {Describe(type)}, got {value.ValueKind} {value.GetRawText()}");
                break;
        }
    }

    private static string Describe(FieldType type) =>
        (type.Element is { } element ? $"{type.Kind}<{Describe(element)}>" : type.Section ?? type.Kind) + (type.Nullable ? "?" : "");

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$")]
    private static partial Regex ConversationsDate();
}
