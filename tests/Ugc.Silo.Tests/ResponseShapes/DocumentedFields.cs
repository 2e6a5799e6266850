using System.Text.RegularExpressions;

namespace Ugc.Silo.Tests.ResponseShapes;

/// <summary>
/// The documented field sets, read from <c>docs/API-FIELDS.md</c> (copied next to the tests): each <c>## Name</c>
/// section (<c>## Name : Parent</c> adds the parent's fields first) with its table rows <c>| `Field` | type | source |</c>.
/// A section holding a line <c>Never produced:</c> (no such data exists) or <c>Shared by:</c> (only part of other
/// objects) is not looked for on its own in responses; a section without fields is prose.
/// </summary>
public static partial class DocumentedFields
{
    public static IReadOnlyDictionary<string, DocumentedObject> All { get; } = Load();

    public static DocumentedObject Get(string name) =>
        All.TryGetValue(name, out var found) ? found : throw new KeyNotFoundException($"docs/API-FIELDS.md has no section '## {name}'.");

    private static Dictionary<string, DocumentedObject> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ResponseShapes", "API-FIELDS.md");
        var objects = new Dictionary<string, DocumentedObject>(StringComparer.Ordinal);
        string? name = null;
        List<KeyValuePair<string, FieldType>> fields = [];
        var standalone = true;

        void Close()
        {
            if (name is not null && fields.Count > 0)
            {
                objects.Add(name, new DocumentedObject(name, fields, standalone));
            }
        }

        foreach (var line in File.ReadLines(path))
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                Close();
                name = heading.Groups["name"].Value;
                standalone = true;
                fields = heading.Groups["parent"].Success ? [.. objects[heading.Groups["parent"].Value].Fields] : [];
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal))
            {
                // A prose section (sources, conventions) ends the previous object.
                Close();
                name = null;
            }
            else if (name is not null && Row().Match(line) is { Success: true } row)
            {
                var field = row.Groups["field"].Value;
                if (fields.Exists(f => f.Key == field))
                {
                    throw new FormatException($"docs/API-FIELDS.md lists {name}.{field} twice.");
                }

                fields.Add(new(field, FieldType.Parse(row.Groups["type"].Value.Trim())));
            }
            else if (name is not null && (line.StartsWith("Never produced:", StringComparison.Ordinal) || line.StartsWith("Shared by:", StringComparison.Ordinal)))
            {
                standalone = false;
            }
        }

        Close();
        return objects;
    }

    [GeneratedRegex(@"^## (?<name>[A-Z][A-Za-z]+)(?: : (?<parent>[A-Z][A-Za-z]+))?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| `(?<field>[A-Za-z_]+)` \| (?<type>[^|]+) \|")]
    private static partial Regex Row();
}
