using Ugc.Contracts.Content;

namespace Ugc.Grains.Catalog;

/// <summary>The documents a <see cref="ContentIndex"/> answers from: their query fields, their texts for search, and the full documents for a page.</summary>
public interface IContentSource
{
    /// <summary>Every document's query fields.</summary>
    IEnumerable<IContentFields> Items { get; }

    /// <summary>Whether an item's title, text or details hold every term (ignoring case); texts are read once per call.</summary>
    Func<IContentFields, bool> TextMatcher(IReadOnlyList<string> terms);

    /// <summary>The full documents of items of this source, in their order.</summary>
    IReadOnlyList<ContentDocument> Documents(IEnumerable<IContentFields> items);
}
