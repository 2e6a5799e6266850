using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Ugc.Actors.Persistence;

namespace Ugc.Actors.Activation;

/// <summary>
/// Creates grain instances: the constructor with the most parameters, each resolved from the silo's services,
/// except <see cref="PersistentStateAttribute"/> parameters, which get a state bound to this grain and provider.
/// </summary>
internal sealed class GrainActivator(IServiceProvider services)
{
    private readonly ConcurrentDictionary<Type, ConstructorInfo> _constructors = new();

    public object CreateInstance(ActivationData activation)
    {
        var constructor = _constructors.GetOrAdd(activation.Class.GrainClass, static type =>
            type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new ActorException($"Grain class {type.FullName} has no public constructor."));
        var parameters = constructor.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = Resolve(parameters[i], activation);
        }

        return Grain.Construct(activation, () => constructor.Invoke(arguments));
    }

    private object? Resolve(ParameterInfo parameter, ActivationData activation)
    {
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } attribute)
        {
            var type = parameter.ParameterType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new ActorException($"[PersistentState] parameter '{parameter.Name}' of {activation.Class.GrainClass.Name} must be IPersistentState<T>.");
            }

            var storage = services.GetKeyedService<IGrainStorage>(attribute.StorageName)
                ?? throw new ActorException($"No grain storage named '{attribute.StorageName}' is registered (needed by {activation.Class.GrainClass.Name}).");
            var stateType = typeof(PersistentState<>).MakeGenericType(type.GetGenericArguments()[0]);
            var state = Activator.CreateInstance(stateType, attribute.StateName, activation.GrainId, storage)!;
            activation.PersistentStates.Add((IPersistentStateLoader)state);
            return state;
        }

        var service = services.GetService(parameter.ParameterType);
        if (service is not null)
        {
            return service;
        }

        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        throw new ActorException($"Cannot create {activation.Class.GrainClass.Name}: no service of type {parameter.ParameterType.Name} for parameter '{parameter.Name}'.");
    }
}
