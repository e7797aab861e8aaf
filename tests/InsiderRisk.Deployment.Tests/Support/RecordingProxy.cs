using System.Reflection;
using System.Runtime.ExceptionServices;

namespace InsiderRisk.Deployment.Tests.Support;

/// <summary>
/// Wraps a store interface and tells <see cref="Calls"/> the method name and first argument (the
/// table or queue name) of every call, then forwards it unchanged.
/// </summary>
public class RecordingProxy<T> : DispatchProxy
    where T : class
{
    private T? inner;
    private Action<string, string>? calls;

    public static T Wrap(T inner, Action<string, string> calls)
    {
        var proxy = Create<T, RecordingProxy<T>>();
        var recording = (RecordingProxy<T>)(object)proxy;
        recording.inner = inner;
        recording.calls = calls;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (args is [string name, ..])
        {
            calls?.Invoke(targetMethod.Name, name);
        }

        try
        {
            return targetMethod.Invoke(inner, args);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(error.InnerException);
            throw;
        }
    }
}
