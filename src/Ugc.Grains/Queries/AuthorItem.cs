using Ugc.Contracts.Content;
using Ugc.Contracts.Shoppers;

namespace Ugc.Grains.Queries;

/// <summary>An author as the query fields of <c>authors.json</c> read them: their public view and published content.</summary>
/// <param name="View">The shopper's public view.</param>
/// <param name="Published">Their published content in the client's catalog.</param>
public sealed record AuthorItem(AuthorView View, IReadOnlyList<ContentDocument> Published);
