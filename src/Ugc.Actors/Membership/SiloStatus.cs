namespace Ugc.Actors.Membership;

/// <summary>The life cycle of a silo as recorded in the membership table.</summary>
public enum SiloStatus
{
    None = 0,
    Joining = 1,
    Active = 2,
    ShuttingDown = 3,
    Dead = 4,
}
