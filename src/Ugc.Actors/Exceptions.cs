namespace Ugc.Actors;

/// <summary>A cycle of calls among non-reentrant grains: waiting would never end.</summary>
public sealed class DeadlockException : ActorException
{
    public DeadlockException() { }

    public DeadlockException(string message) : base(message) { }

    public DeadlockException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>The chain of grains, oldest first, that would wait on itself.</summary>
    public IReadOnlyList<string> CallChain { get; init; } = [];
}

/// <summary>The silo that owns the grain is gone or shutting down; retry: the grain reactivates elsewhere.</summary>
public sealed class SiloUnavailableException : ActorException
{
    public SiloUnavailableException() { }

    public SiloUnavailableException(string message) : base(message) { }

    public SiloUnavailableException(string message, Exception? innerException) : base(message, innerException) { }
}

/// <summary>An exception thrown by a grain on another silo whose type the caller cannot recreate.</summary>
public sealed class RemoteGrainException : ActorException
{
    public RemoteGrainException() { }

    public RemoteGrainException(string message) : base(message) { }

    public RemoteGrainException(string message, Exception? innerException) : base(message, innerException) { }

    public RemoteGrainException(string remoteType, string message) : base(message) => RemoteType = remoteType;

    /// <summary>The full name of the exception type thrown remotely.</summary>
    public string? RemoteType { get; }
}

/// <summary>The grain could not be activated: its constructor, state load or OnActivateAsync failed.</summary>
public sealed class GrainActivationException : ActorException
{
    public GrainActivationException() { }

    public GrainActivationException(string message) : base(message) { }

    public GrainActivationException(string message, Exception? innerException) : base(message, innerException) { }
}
