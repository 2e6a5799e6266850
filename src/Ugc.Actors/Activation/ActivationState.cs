namespace Ugc.Actors.Activation;

/// <summary>The life of one activation.</summary>
internal enum ActivationState
{
    Created,
    Activating,
    Valid,
    Deactivating,
    Invalid,
}
