namespace Ugc.Actors.Runtime;

/// <summary>
/// Marks a runtime-owned grain interface whose calls, admitted as turns of the target activation, are handled by an
/// extension object of the activation rather than by the grain class (stream delivery, for one).
/// </summary>
[AttributeUsage(AttributeTargets.Interface)]
internal sealed class GrainExtensionAttribute(Type implementation) : Attribute
{
    /// <summary>The extension class; constructed with the activation.</summary>
    public Type Implementation { get; } = implementation;
}
