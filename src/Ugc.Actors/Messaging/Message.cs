using System.Text.Json;

namespace Ugc.Actors.Messaging;

/// <summary>Whether a message asks or answers.</summary>
public enum MessageKind
{
    Request,
    Response,
}

/// <summary>
/// A grain call or its answer between silos. Arguments and results are JSON written with the declared parameter
/// and return types; the call chain and request context travel as headers.
/// </summary>
public sealed class Message
{
    public long Id { get; set; }

    public MessageKind Kind { get; set; }

    /// <summary>The sending silo, as <c>host:port@generation</c>.</summary>
    public string Sender { get; set; } = "";

    /// <summary>The target grain, as <c>type/key</c> (requests).</summary>
    public string? Target { get; set; }

    /// <summary>The interface method's wire key (requests and responses).</summary>
    public string? Method { get; set; }

    /// <summary>A JSON array of the arguments (requests).</summary>
    public JsonElement? Arguments { get; set; }

    /// <summary>The grains waiting on this call, oldest first.</summary>
    public List<string>? CallChain { get; set; }

    /// <summary>Request context values with their types.</summary>
    public Dictionary<string, ContextValue>? RequestContext { get; set; }

    /// <summary>The caller's deadline in UTC ticks.</summary>
    public long Deadline { get; set; }

    /// <summary>The result (responses that succeeded).</summary>
    public JsonElement? Result { get; set; }

    /// <summary>The error (responses that failed).</summary>
    public ExceptionInfo? Exception { get; set; }
}

/// <summary>A request context value with its type name, so it deserializes to what was set.</summary>
public sealed record ContextValue(string Type, JsonElement Value);

/// <summary>An exception as it crosses silos: type, message, stack text, and its inner exception.</summary>
public sealed record ExceptionInfo(string Type, string Message, string? StackTrace, ExceptionInfo? Inner);
