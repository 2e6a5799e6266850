namespace Ugc.Silo.Admin;

/// <summary>Endpoint metadata: a client key scope that also opens this admin route (besides <c>admin</c>).</summary>
public sealed record AdminScope(string Scope);
