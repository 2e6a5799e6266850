namespace Ugc.Actors.Sql.Tests.Storage;

/// <summary>A state shaped like a grain's: scalars, an enum and a collection.</summary>
public sealed class TestState
{
    public string Name { get; set; } = "";

    public int Count { get; set; }

    public DayOfWeek Day { get; set; }

    public List<string> Items { get; set; } = [];
}
