using System.Reflection;
using Hotline.Plugins.Abstractions;

namespace Hotline.Host.Plugins;

/// <summary>Creates plugin classes with their parameterless constructor, turning failures into plain reasons.</summary>
internal static class PluginTypeActivator
{
    // A throw-away instance tells the code; handlers are plain classes (orleans-facts: plugins hold
    // no services of the host), so a parameterless constructor is the contract.
    public static string CategoryCodeOf(Type handlerType) => ((ICategoryHandler)Create(handlerType)).Code;

    public static object Create(Type type)
    {
        try
        {
            return Activator.CreateInstance(type)
                ?? throw new PluginLoadException($"{type.Name} could not be created");
        }
        catch (MissingMethodException)
        {
            throw new PluginLoadException($"{type.Name} needs a public parameterless constructor");
        }
        catch (TargetInvocationException ex) when (ex.InnerException is { } inner)
        {
            throw new PluginLoadException($"constructor of {type.Name} threw {inner.GetType().Name}: {inner.Message}", ex);
        }
    }
}
