namespace Ugc.Actors.Sql.Tests.Runtime.Grains;

/// <summary>A grain with durable state in the storage provider under test.</summary>
public interface IProfileGrain : IGrainWithStringKey
{
    /// <summary>Sets and writes the state.</summary>
    Task SetAsync(string name, IReadOnlyList<string> tags);

    /// <summary>The state in memory, its ETag and whether a record exists.</summary>
    Task<ProfileSnapshot> GetAsync();

    /// <summary>Clears the stored state.</summary>
    Task ClearAsync();

    /// <summary>An id of this activation, to tell activations apart.</summary>
    Task<Guid> ActivationAsync();

    /// <summary>Deactivates after this call.</summary>
    Task DeactivateAsync();
}
