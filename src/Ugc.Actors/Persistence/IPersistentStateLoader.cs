namespace Ugc.Actors.Persistence;

/// <summary>Lets the runtime load a grain's states before OnActivateAsync without knowing their types.</summary>
internal interface IPersistentStateLoader
{
    Task LoadAsync();
}
