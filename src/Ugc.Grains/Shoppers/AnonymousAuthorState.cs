namespace Ugc.Grains.Shoppers;

/// <summary>Persisted state of <see cref="AnonymousAuthorGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.anonymous-author-state")]
public sealed class AnonymousAuthorState
{
    [Id(0)]
    public string? AuthorId { get; set; }
}
