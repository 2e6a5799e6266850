using System.Diagnostics.CodeAnalysis;
using Ugc.Contracts.Queries;

namespace Ugc.Silo.Conversations;

/// <summary>A parsed display request: the query, or the API errors that prevent it.</summary>
public sealed record DisplayParseResult(ContentQuery? Query, IReadOnlyList<ConversationsError> Errors)
{
    [MemberNotNullWhen(true, nameof(Query))]
    public bool IsValid => Query is not null;
}
