using System.Collections.Frozen;

namespace Ugc.Contracts.Queries;

/// <summary>The wire names of content types: endpoint resources and <c>Include</c>/<c>Includes</c> names.</summary>
public static class ContentTypeNames
{
    private static readonly FrozenDictionary<ContentType, string> s_includeNames = new Dictionary<ContentType, string>
    {
        [ContentType.Reviews] = "Reviews",
        [ContentType.Questions] = "Questions",
        [ContentType.Answers] = "Answers",
        // The API calls review comments "Comments" in Include, Limit_/Sort_/Filter_ and Includes.
        [ContentType.ReviewComments] = "Comments",
        [ContentType.Products] = "Products",
        [ContentType.Categories] = "Categories",
        [ContentType.Authors] = "Authors",
        [ContentType.Statistics] = "Statistics",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, ContentType> s_byIncludeName =
        s_includeNames.Select(p => KeyValuePair.Create(p.Value, p.Key))
            .Append(KeyValuePair.Create("ReviewComments", ContentType.ReviewComments))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ContentType> s_byResource =
        Enum.GetValues<ContentType>().ToFrozenDictionary(ResourceName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The name used in <c>Include</c>, <c>Limit_&lt;Type&gt;</c> and as the <c>Includes</c> key.</summary>
    public static string IncludeName(ContentType type) => s_includeNames[type];

    /// <summary>Parses an include name case-insensitively (<c>comments</c> and <c>reviewcomments</c> alike).</summary>
    public static bool TryParseIncludeName(string name, out ContentType type) =>
        s_byIncludeName.TryGetValue(name.Trim(), out type);

    /// <summary>The endpoint resource, as in <c>/data/{resource}.json</c>.</summary>
    public static string ResourceName(ContentType type) => type.ToString().ToLowerInvariant();

    /// <summary>Parses an endpoint resource name such as <c>reviewcomments</c>, case-insensitively.</summary>
    public static bool TryParseResourceName(string name, out ContentType type) =>
        s_byResource.TryGetValue(name, out type);
}
