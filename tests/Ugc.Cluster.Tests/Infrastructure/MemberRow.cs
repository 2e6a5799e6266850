namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>A row of the membership table.</summary>
public sealed record MemberRow(int Port, int Generation, MemberStatus Status, string SiloName);
