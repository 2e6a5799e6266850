using System.Reflection;

namespace Ugc.Actors;

/// <summary>A grain call as a filter sees it.</summary>
public interface IGrainCallContext
{
    /// <summary>The grain being called.</summary>
    GrainId TargetId { get; }

    /// <summary>The interface method called.</summary>
    MethodInfo InterfaceMethod { get; }

    /// <summary>The method's name.</summary>
    string MethodName { get; }

    /// <summary>The arguments.</summary>
    object?[] Arguments { get; }

    /// <summary>The result, set after <see cref="Invoke"/> completes; a filter may replace it.</summary>
    object? Result { get; set; }

    /// <summary>Runs the rest of the pipeline.</summary>
    Task Invoke();
}

/// <summary>An incoming call: runs on the target activation, inside its turn.</summary>
public interface IIncomingGrainCallContext : IGrainCallContext
{
    /// <summary>The grain instance.</summary>
    object Grain { get; }
}

/// <summary>An outgoing call, seen by the caller before it leaves.</summary>
public interface IOutgoingGrainCallContext : IGrainCallContext;

/// <summary>Wraps every call a silo's grains receive (registered as a service).</summary>
public interface IIncomingGrainCallFilter
{
    /// <summary>Observes or changes the call; must call <see cref="IGrainCallContext.Invoke"/> to let it through.</summary>
    Task Invoke(IIncomingGrainCallContext context);
}

/// <summary>Wraps every call made from a silo or client (registered as a service).</summary>
public interface IOutgoingGrainCallFilter
{
    /// <summary>Observes or changes the call; must call <see cref="IGrainCallContext.Invoke"/> to let it through.</summary>
    Task Invoke(IOutgoingGrainCallContext context);
}
