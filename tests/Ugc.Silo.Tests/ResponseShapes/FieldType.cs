namespace Ugc.Silo.Tests.ResponseShapes;

/// <summary>
/// A field's type as written in <c>docs/API-FIELDS.md</c>: a primitive (<c>string</c>, <c>int</c>, <c>number</c>,
/// <c>bool</c>, <c>date</c>, <c>any</c>), <c>object</c>, <c>list&lt;T&gt;</c>, <c>map&lt;T&gt;</c> (an object keyed by id)
/// or <c>object&lt;Section&gt;</c>; a trailing <c>?</c> allows null. <c>T</c> is a primitive or a section name.
/// </summary>
public sealed record FieldType(string Kind, FieldType? Element, string? Section, bool Nullable)
{
    private static readonly HashSet<string> Primitives = ["string", "int", "number", "bool", "date", "any", "object"];

    public static FieldType Parse(string text)
    {
        var nullable = text.EndsWith('?');
        var core = nullable ? text[..^1] : text;
        var open = core.IndexOf('<', StringComparison.Ordinal);
        if (open < 0)
        {
            return Primitives.Contains(core)
                ? new FieldType(core, null, null, nullable)
                : throw new FormatException($"Unknown field type '{text}'.");
        }

        if (!core.EndsWith('>'))
        {
            throw new FormatException($"Unclosed field type '{text}'.");
        }

        var container = core[..open];
        var inner = core[(open + 1)..^1];
        return container switch
        {
            "list" or "map" => new FieldType(container, ElementOf(inner), null, nullable),
            "object" => new FieldType("object", null, inner, nullable),
            _ => throw new FormatException($"Unknown container in field type '{text}'."),
        };
    }

    // An element is a primitive or, written as a section name, an object of that section.
    private static FieldType ElementOf(string inner) =>
        Primitives.Contains(inner) ? new FieldType(inner, null, null, false) : new FieldType("object", null, inner, false);
}
