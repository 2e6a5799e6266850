using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Ugc.Cluster.Tests.Deploy;

/// <summary>Reads the repository's YAML files as plain maps and lists (anchors and merge keys resolved).</summary>
public static class Yaml
{
    public static string RepositoryRoot { get; } = typeof(Yaml).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>Every document of a YAML file.</summary>
    public static IReadOnlyList<Dictionary<object, object>> Documents(string path)
    {
        var deserializer = new DeserializerBuilder().Build();
        using var reader = new StringReader(File.ReadAllText(path));
        var parser = new MergingParser(new Parser(reader));
        parser.Consume<StreamStart>();
        var documents = new List<Dictionary<object, object>>();
        while (parser.Accept<DocumentStart>(out _))
        {
            documents.Add(deserializer.Deserialize<Dictionary<object, object>>(parser));
        }

        return documents;
    }

    public static Dictionary<object, object> Map(object? node, string what) =>
        node as Dictionary<object, object> ?? throw new Xunit.Sdk.XunitException($"{what} is not a map.");

    public static List<object> List(object? node, string what) =>
        node as List<object> ?? throw new Xunit.Sdk.XunitException($"{what} is not a list.");

    /// <summary>The value at a path of map keys; fails naming the path when it is missing.</summary>
    public static object At(object node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            current = Map(current, string.Join(".", path)).TryGetValue(key, out var next) ? next
                : throw new Xunit.Sdk.XunitException($"Missing '{key}' in {string.Join(".", path)}.");
        }

        return current;
    }

    public static string Text(object node, params string[] path) => At(node, path) as string
        ?? throw new Xunit.Sdk.XunitException($"{string.Join(".", path)} is not text.");
}
