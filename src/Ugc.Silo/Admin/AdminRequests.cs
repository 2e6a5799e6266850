using Ugc.Contracts.Moderation;

namespace Ugc.Silo.Admin;

/// <summary><c>POST /admin/clients</c>.</summary>
public sealed record CreateClientRequest(string Id, string Name, string Kind, IReadOnlyList<string>? Locales);

/// <summary><c>POST /admin/clients/{id}/keys</c>.</summary>
public sealed record IssueKeyRequest(IReadOnlyList<string> Scopes);

/// <summary><c>POST /admin/syndication</c>.</summary>
public sealed record SyndicationRequest(string From, string To, IReadOnlyList<string>? Locales, IReadOnlyList<string>? Categories);

/// <summary><c>POST /admin/content/{contentId}/decision</c>.</summary>
public sealed record DecisionRequest(string Decision, string? Reason);

/// <summary><c>POST /admin/content/{contentId}/responses</c>.</summary>
public sealed record ResponseRequest(string Name, string? Department, string Response);

/// <summary><c>POST /admin/models</c> and <c>/admin/models/{id}/train</c>.</summary>
public sealed record TrainRequest(string? Id, IReadOnlyList<LabeledText>? Examples);

/// <summary><c>POST /admin/models/{id}/deploy</c> and <c>/shadow</c>.</summary>
public sealed record VersionRequest(int? Version);

/// <summary>The answer of a catalog import.</summary>
public sealed record ImportResult(int Imported, IReadOnlyList<ImportRejection> Rejected);

/// <summary>One rejected catalog line.</summary>
public sealed record ImportRejection(int Line, string Error);

/// <summary>A dead letter as operators see it (the admin API and the console alike).</summary>
public sealed record DeadLetterView(string Id, string QueueId, string? Stream, string? EventType, DateTimeOffset CreatedAt, DateTimeOffset FailedAt, int Attempts)
{
    public static DeadLetterView From(Ugc.Storage.Streams.StreamDeadLetter letter) => new(
        letter.Id, letter.QueueId, letter.StreamNamespace is null ? null : $"{letter.StreamNamespace}/{letter.StreamKey}", letter.EventType,
        letter.CreatedOn, letter.FailedOn, letter.Attempts);
}
