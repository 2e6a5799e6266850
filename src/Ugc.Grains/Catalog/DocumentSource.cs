using Ugc.Contracts.Content;

namespace Ugc.Grains.Catalog;

/// <summary>Full documents held as they are, texts and all.</summary>
public sealed class DocumentSource(Func<IEnumerable<ContentDocument>> documents) : IContentSource
{
    public IEnumerable<IContentFields> Items => documents();

    public Func<IContentFields, bool> TextMatcher(IReadOnlyList<string> terms) => item => DisplayText.Of((ContentDocument)item).Contains(terms);

    public IReadOnlyList<ContentDocument> Documents(IEnumerable<IContentFields> items) => [.. items.Cast<ContentDocument>()];
}
