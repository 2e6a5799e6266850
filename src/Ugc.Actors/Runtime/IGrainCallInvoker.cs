namespace Ugc.Actors.Runtime;

/// <summary>What a grain reference calls: the silo runtime, or a client attached to one.</summary>
internal interface IGrainCallInvoker
{
    Task<TResult> InvokeAsync<TResult>(GrainId target, GrainMethod<TResult> method, object?[] arguments);
}
