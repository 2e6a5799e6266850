using Ugc.Contracts.Submissions;

namespace Ugc.Silo.Gateway;

/// <summary>Endpoint metadata of the content API: the key scope it needs, and its form for submission envelopes.</summary>
public sealed record ContentEndpoint(string Scope, SubmissionFormKind? Form = null);
