using System.Globalization;
using System.Text.Json;

namespace Ugc.Silo.Tests.ResponseShapes;

/// <summary>Selects a value by a dotted path with indexes, <c>Results[0].Badges.incentivizedReview</c>; empty selects the root.</summary>
public static class JsonPath
{
    public static JsonElement Select(JsonElement root, string path)
    {
        var current = root;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            if (name.Length > 0)
            {
                current = current.TryGetProperty(name, out var child)
                    ? child
                    : throw new KeyNotFoundException($"No '{name}' on the way to '{path}' in {root}");
            }

            if (bracket >= 0)
            {
                var index = int.Parse(segment[(bracket + 1)..^1], CultureInfo.InvariantCulture);
                current = current.GetArrayLength() > index
                    ? current[index]
                    : throw new KeyNotFoundException($"No item {index} of '{name}' on the way to '{path}' in {root}");
            }
        }

        return current;
    }
}
