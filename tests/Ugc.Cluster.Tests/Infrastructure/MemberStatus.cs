namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>Orleans' silo status as the membership table stores it.</summary>
public enum MemberStatus
{
    None = 0,
    Created = 1,
    Joining = 2,
    Active = 3,
    ShuttingDown = 4,
    Stopping = 5,
    Dead = 6,
}
