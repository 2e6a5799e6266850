namespace Ugc.Actors.Persistence;

/// <summary>Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>.</summary>
/// <param name="stateName">The state's name, part of its storage key (a grain may have several states).</param>
/// <param name="storageName">The storage provider; the silo's default provider when omitted.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>The default storage provider name.</summary>
    public const string DefaultStorageName = "Default";

    public string StateName { get; } = stateName;

    public string StorageName { get; } = storageName ?? DefaultStorageName;
}
