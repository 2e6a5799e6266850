namespace Ugc.Silo.Tests.ResponseShapes;

/// <summary>One object of <c>docs/API-FIELDS.md</c>: its fields in order, and whether responses carry it on its own.</summary>
/// <param name="Standalone">False for objects that never occur (no such data) or only as the shared part of others.</param>
public sealed record DocumentedObject(string Name, IReadOnlyList<KeyValuePair<string, FieldType>> Fields, bool Standalone)
{
    public FieldType? Field(string name) => Fields.FirstOrDefault(f => f.Key == name).Value;
}
