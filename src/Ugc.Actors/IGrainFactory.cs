namespace Ugc.Actors;

/// <summary>Creates references to grains. A reference is cheap and never fails: the grain exists logically, always.</summary>
public interface IGrainFactory
{
    /// <summary>A reference to the grain with a string key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey;

    /// <summary>A reference to the grain with a Guid key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey;

    /// <summary>A reference to the grain with an integer key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey;

    /// <summary>A reference of interface <typeparamref name="TGrainInterface"/> to the grain with id <paramref name="grainId"/>.</summary>
    TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IGrain;

    /// <summary>A reference of the given interface type to a grain with a string key.</summary>
    IGrain GetGrain(Type grainInterfaceType, string primaryKey);
}
