using System.Globalization;

namespace Ugc.Actors;

/// <summary>Key accessors as Orleans spells them: usable on grain instances and on grain references.</summary>
public static class GrainExtensions
{
    /// <summary>The grain's id.</summary>
    public static GrainId GetGrainId(this IGrain grain) => Identity(grain).GrainId;

    /// <summary>The string key of the grain.</summary>
    public static string GetPrimaryKeyString(this IGrain grain) => Identity(grain).GrainId.Key;

    /// <summary>The Guid key of the grain.</summary>
    public static Guid GetPrimaryKey(this IGrain grain) => Guid.ParseExact(Identity(grain).GrainId.Key, "N");

    /// <summary>The integer key of the grain.</summary>
    public static long GetPrimaryKeyLong(this IGrain grain) => long.Parse(Identity(grain).GrainId.Key, CultureInfo.InvariantCulture);

    /// <summary>A reference to this grain, to hand to others (Orleans' <c>AsReference</c>).</summary>
    public static TGrainInterface AsReference<TGrainInterface>(this IGrain grain)
        where TGrainInterface : IGrain => grain switch
        {
            Grain instance => (TGrainInterface)instance.Activation.Runtime.GrainFactory.GetReference(typeof(TGrainInterface), instance.GrainId),
            TGrainInterface reference => reference,
            _ => throw new InvalidOperationException($"{grain.GetType().Name} is neither a grain activation nor a grain reference."),
        };

    private static IGrainIdentity Identity(IGrain grain) => grain as IGrainIdentity
        ?? throw new InvalidOperationException($"{grain.GetType().Name} is neither a grain activation nor a grain reference.");
}
