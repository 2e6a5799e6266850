namespace Ugc.Actors;

/// <summary>Base of every error raised by the actor runtime itself (not by grain code).</summary>
public class ActorException : Exception
{
    public ActorException() { }

    public ActorException(string message) : base(message) { }

    public ActorException(string message, Exception? innerException) : base(message, innerException) { }
}
