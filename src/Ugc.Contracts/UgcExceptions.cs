namespace Ugc.Contracts;

/// <summary>The entity does not exist (gateway: 404 / the API's own not-found error).</summary>
[GenerateSerializer, Alias("ugc.ugc.not-found")]
public sealed class NotFoundException : Exception
{
    public NotFoundException() { }

    public NotFoundException(string message) : base(message) { }

    public NotFoundException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>The entity exists already or is in a state that forbids the change (gateway: 409).</summary>
[GenerateSerializer, Alias("ugc.ugc.conflict")]
public sealed class ConflictException : Exception
{
    public ConflictException() { }

    public ConflictException(string message) : base(message) { }

    public ConflictException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>The request is malformed; the message names the field (gateway: 400 / a form error).</summary>
[GenerateSerializer, Alias("ugc.ugc.validation")]
public sealed class ValidationException : Exception
{
    public ValidationException() { }

    public ValidationException(string message) : base(message) { }

    public ValidationException(string message, Exception inner) : base(message, inner) { }
}
