using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Queries;

namespace Ugc.Grains.Catalog;

/// <summary>
/// What one product's queries are answered from: its published documents in each order asked for, each order sorted
/// once (by the query fields' definitions, ties by id) and kept until the content changes, so a query only filters a
/// sorted list and takes its page. Filtering a list sorted to a total order keeps that order, so the answers are the
/// ones a fresh filter-then-sort gives. It sorts and filters the source's query fields and asks the source for the
/// texts only to search and for full documents only for the page. Not thread-safe: one grain activation owns it.
/// </summary>
public sealed class ContentIndex(IContentSource source)
{
    /// <summary>Most orders kept at once; a client asking for ever new ones just has them computed each time.</summary>
    public const int MaxOrders = 32;

    // Only the documents, 8 bytes each: their children are looked up again when a query reads them.
    private readonly Dictionary<(ContentType Type, string Order), IContentFields[]> _sorted = [];
    private Dictionary<string, ContentChildren>? _children;

    /// <summary>An index over full documents.</summary>
    public ContentIndex(Func<IEnumerable<ContentDocument>> documents)
        : this(new DocumentSource(documents))
    {
    }

    /// <summary>Orders held now.</summary>
    public int OrderCount => _sorted.Count;

    /// <summary>Forgets every derived order: the content changed.</summary>
    public void Invalidate()
    {
        _sorted.Clear();
        _children = null;
    }

    /// <summary>Published comments of each review and answers of each question, by parent id.</summary>
    public Dictionary<string, ContentChildren> Children() => _children ??= source.Items
        .Where(d => d.Type is ContentType.ReviewComments or ContentType.Answers && (d.ReviewId ?? d.QuestionId) is not null)
        .GroupBy(d => (d.ReviewId ?? d.QuestionId)!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => new ContentChildren(g.Count(), g.Count(d => d.IsBestAnswer), g.Max(d => d.SubmissionTime)), StringComparer.Ordinal);

    /// <summary>Filters, sorts and pages the documents of the query's type.</summary>
    public ContentPage Query(ContentQuery query, long version)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sorted = Sorted(query.Type, query.Sorts);
        var children = Children();
        var terms = query.Search?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var statistics = query.FilteredStats.Contains(StatsKind.Reviews) || query.FilteredStats.Contains(StatsKind.NativeReviews);
        var page = new List<ContentItem>(Math.Min(query.Limit, 128));
        int total;
        List<IContentFields>? matched = null;
        if (query.Filters.Count == 0 && terms.Length == 0 && !statistics)
        {
            total = sorted.Length;
            for (var i = query.Offset; i < sorted.Length && page.Count < query.Limit; i++)
            {
                page.Add(Item(sorted[i], children));
            }
        }
        else
        {
            var matches = QueryEvaluator.Compile(QueryFields.Content(query.Type), query.Filters);
            var texts = terms.Length == 0 ? null : source.TextMatcher(terms);
            matched = statistics ? [] : null;
            total = 0;
            foreach (var document in sorted)
            {
                var item = Item(document, children);
                if (!matches(item) || (texts is not null && !texts(item.Document)))
                {
                    continue;
                }

                if (total >= query.Offset && page.Count < query.Limit)
                {
                    page.Add(item);
                }

                matched?.Add(item.Document);
                total++;
            }
        }

        var filtered = matched is null
            ? null
            : StatisticsCalculator.Reviews(matched.Where(d => !query.FilteredStats.Contains(StatsKind.NativeReviews) || !d.IsSyndicated));
        return new ContentPage(source.Documents(page.Select(i => i.Document)), total, filtered)
        {
            Children = page.Where(i => i.Children.Count > 0).ToDictionary(i => i.Document.Id, i => i.Children, StringComparer.Ordinal),
            Version = version,
        };
    }

    private static ContentItem Item(IContentFields document, Dictionary<string, ContentChildren> children) =>
        new(document, children.Count == 0 ? ContentChildren.None : children.GetValueOrDefault(document.Id) ?? ContentChildren.None);

    private IContentFields[] Sorted(ContentType type, IReadOnlyList<SortClause> sorts)
    {
        var order = string.Join('|', sorts.Select(s => s.Descending ? s.Field + ":d" : s.Field + ":a"));
        if (_sorted.TryGetValue((type, order), out var sorted))
        {
            return sorted;
        }

        sorted = [.. QueryEvaluator.Sort(ContentItem.Of(source.Items.Where(d => d.Type == type), Children()), QueryFields.Content(type), sorts).Select(i => i.Document)];
        if (_sorted.Count >= MaxOrders)
        {
            _sorted.Clear();
        }

        _sorted[(type, order)] = sorted;
        return sorted;
    }
}
