using System.Reflection;

namespace Ugc.Actors.Runtime;

/// <summary>How a grain interface method returns.</summary>
internal enum ReturnKind
{
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}

/// <summary>
/// One grain interface method: its wire key, admission attributes, a compiled invoker for the grain side and a typed
/// entry point for the reference side. Built once per method.
/// </summary>
internal abstract class GrainMethod
{
    protected GrainMethod(MethodInfo method, ReturnKind returnKind, Func<object, object?[], Task> invoker)
    {
        Method = method;
        ReturnKind = returnKind;
        Invoker = invoker;
        Name = method.Name;
        InterfaceName = method.DeclaringType!.FullName!;
        Key = BuildKey(method);
        ParameterTypes = [.. method.GetParameters().Select(p => p.ParameterType)];
        IsReadOnly = method.IsDefined(typeof(ReadOnlyAttribute), inherit: true);
        IsAlwaysInterleave = method.IsDefined(typeof(AlwaysInterleaveAttribute), inherit: true);
        Extension = method.DeclaringType!.GetCustomAttributes(typeof(GrainExtensionAttribute), inherit: false)
            .Cast<GrainExtensionAttribute>().FirstOrDefault()?.Implementation;
    }

    /// <summary>The extension class that handles this method instead of the grain, if any.</summary>
    public Type? Extension { get; }

    public MethodInfo Method { get; }

    public string Name { get; }

    public string InterfaceName { get; }

    /// <summary>Interface and signature: stable across silos and builds as long as the interface is unchanged.</summary>
    public string Key { get; }

    public Type[] ParameterTypes { get; }

    public ReturnKind ReturnKind { get; }

    public bool IsReadOnly { get; }

    public bool IsAlwaysInterleave { get; }

    /// <summary>Calls the method on a grain instance; ValueTasks are converted to Tasks.</summary>
    public Func<object, object?[], Task> Invoker { get; }

    /// <summary>The result type as the caller sees it; <see cref="object"/> for methods that return no value.</summary>
    public abstract Type ResultType { get; }

    private static int s_nextIndex = -1;

    /// <summary>A process-wide index, so per-silo statistics live in arrays rather than dictionaries.</summary>
    public int Index { get; } = Interlocked.Increment(ref s_nextIndex);

    /// <summary>Extracts a completed task's result, boxed (null for methods that return no value).</summary>
    public abstract object? GetBoxedResult(Task completed);

    /// <summary>Makes the call through the runtime and returns what the interface method's signature promises.</summary>
    public abstract object InvokeFromReference(GrainReference reference, object?[] arguments);

    public static string BuildKey(MethodInfo method) =>
        $"{method.DeclaringType!.FullName}.{method.Name}({string.Join(",", method.GetParameters().Select(p => p.ParameterType.FullName))})";
}

/// <summary>A grain method whose result is <typeparamref name="TResult"/> (object and null for no result).</summary>
internal sealed class GrainMethod<TResult>(MethodInfo method, ReturnKind returnKind, Func<object, object?[], Task> invoker)
    : GrainMethod(method, returnKind, invoker)
{
    public override Type ResultType => typeof(TResult);

    public TResult GetResult(Task completed) => ReturnKind is ReturnKind.TaskOfT or ReturnKind.ValueTaskOfT
        ? ((Task<TResult>)completed).Result
        : default!;

    public override object? GetBoxedResult(Task completed) => GetResult(completed);

    public override object InvokeFromReference(GrainReference reference, object?[] arguments)
    {
        var task = reference.Runtime.InvokeAsync(reference.GrainId, this, arguments);
        return ReturnKind switch
        {
            ReturnKind.ValueTask => new ValueTask(task),
            ReturnKind.ValueTaskOfT => new ValueTask<TResult>(task),
            _ => task,
        };
    }
}
