using Ugc.Contracts.Content;

namespace Ugc.Grains.Queries;

/// <summary>A review, question, answer or comment as its query fields read it: the document's fields and its published children.</summary>
/// <param name="Document">The published document's query fields (a full <see cref="ContentDocument"/>, or what a product holds of one).</param>
/// <param name="Children">A review's comments or a question's answers; <see cref="ContentChildren.None"/> otherwise.</param>
public readonly record struct ContentItem(IContentFields Document, ContentChildren Children)
{
    /// <summary>Items of one read model with the children each document has in it.</summary>
    public static IEnumerable<ContentItem> Of(IEnumerable<IContentFields> documents, IReadOnlyDictionary<string, ContentChildren> children) =>
        documents.Select(d => new ContentItem(d, children.GetValueOrDefault(d.Id) ?? ContentChildren.None));
}
