namespace Ugc.Actors;

/// <summary>Implemented by grain instances and grain references: both know which grain they stand for.</summary>
public interface IGrainIdentity
{
    /// <summary>The grain's id.</summary>
    GrainId GrainId { get; }
}
