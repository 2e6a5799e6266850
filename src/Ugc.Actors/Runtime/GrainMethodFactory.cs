using System.Linq.Expressions;
using System.Reflection;

namespace Ugc.Actors.Runtime;

/// <summary>Builds <see cref="GrainMethod"/>s: validates the signature and compiles the grain-side invoker.</summary>
internal static class GrainMethodFactory
{
    private static readonly MethodInfo s_valueTaskAsTask = typeof(ValueTask).GetMethod(nameof(ValueTask.AsTask))!;

    public static GrainMethod Create(MethodInfo method)
    {
        if (method.IsGenericMethodDefinition)
        {
            throw new ActorException($"Grain method {method.DeclaringType?.Name}.{method.Name} is generic; grain methods cannot be generic.");
        }

        var returnType = method.ReturnType;
        (ReturnKind kind, Type resultType) = returnType switch
        {
            _ when returnType == typeof(Task) => (ReturnKind.Task, typeof(object)),
            _ when returnType == typeof(ValueTask) => (ReturnKind.ValueTask, typeof(object)),
            { IsGenericType: true } when returnType.GetGenericTypeDefinition() == typeof(Task<>) => (ReturnKind.TaskOfT, returnType.GetGenericArguments()[0]),
            { IsGenericType: true } when returnType.GetGenericTypeDefinition() == typeof(ValueTask<>) => (ReturnKind.ValueTaskOfT, returnType.GetGenericArguments()[0]),
            _ => throw new ActorException(
                $"Grain method {method.DeclaringType?.Name}.{method.Name} returns {returnType.Name}; grain methods return Task, Task<T>, ValueTask or ValueTask<T>."),
        };

        foreach (var parameter in method.GetParameters())
        {
            if (parameter.ParameterType.IsByRef)
            {
                throw new ActorException($"Grain method {method.DeclaringType?.Name}.{method.Name} has a ref or out parameter; grain calls are messages.");
            }
        }

        var invoker = CompileInvoker(method, kind);
        var closed = typeof(GrainMethod<>).MakeGenericType(resultType);
        return (GrainMethod)Activator.CreateInstance(closed, method, kind, invoker)!;
    }

    private static Func<object, object?[], Task> CompileInvoker(MethodInfo method, ReturnKind kind)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var parameters = method.GetParameters();
        var callArgs = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            callArgs[i] = Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), parameters[i].ParameterType);
        }

        Expression call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, callArgs);
        call = kind switch
        {
            ReturnKind.ValueTask => Expression.Call(call, s_valueTaskAsTask),
            ReturnKind.ValueTaskOfT => Expression.Call(call, method.ReturnType.GetMethod(nameof(ValueTask<int>.AsTask))!),
            _ => call,
        };
        return Expression.Lambda<Func<object, object?[], Task>>(Expression.Convert(call, typeof(Task)), grain, args).Compile();
    }
}
