namespace Ugc.Contracts.Solicitation;

/// <summary>What a bucket hands each due order: the domain time and the client's settings, read once per round.</summary>
[GenerateSerializer, Immutable, Alias("ugc.dispatch-request")]
public sealed record DispatchRequest(
    [property: Id(0)] DateTimeOffset Now,
    [property: Id(1)] SolicitationSettings Settings,
    [property: Id(2)] string ClientName);
