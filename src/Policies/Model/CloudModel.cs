using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model;

/// <summary>
/// The typed models of one scan, built on first use by every adapter of the requested type and cached, so that
/// twenty S3 policies share one S3 model. Thread-safe.
/// </summary>
public sealed class CloudModel
{
    private static readonly Lazy<ImmutableDictionary<Type, ImmutableArray<object>>> Adapters = new(DiscoverAdapters);

    private readonly ConcurrentDictionary<Type, Lazy<object>> cache = new();

    public CloudModel(ResourceGraph graph)
    {
        Context = new AdapterContext(graph, this);
    }

    public AdapterContext Context { get; }

    public ImmutableArray<T> Get<T>()
        where T : IModelObject =>
        (ImmutableArray<T>)cache.GetOrAdd(typeof(T), _ => new Lazy<object>(() => Build<T>())).Value;

    /// <summary>Lets another assembly (custom policies) contribute adapters found by the same rule.</summary>
    public static void RegisterAdapters(Assembly assembly) => ExtraAssemblies.Add(assembly);

    private static readonly ConcurrentBag<Assembly> ExtraAssemblies = [];

    private ImmutableArray<T> Build<T>()
        where T : IModelObject
    {
        var builder = ImmutableArray.CreateBuilder<T>();
        if (Adapters.Value.TryGetValue(typeof(T), out var adapters))
        {
            foreach (IModelAdapter<T> adapter in adapters)
            {
                builder.AddRange(adapter.Build(Context));
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableDictionary<Type, ImmutableArray<object>> DiscoverAdapters()
    {
        var result = new Dictionary<Type, List<object>>();
        foreach (var type in typeof(CloudModel).Assembly.GetTypes().Concat(ExtraAssemblies.SelectMany(a => a.GetTypes()))
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IModelAdapter<>)))
            {
                var modelType = contract.GetGenericArguments()[0];
                if (!result.TryGetValue(modelType, out var list))
                {
                    result[modelType] = list = [];
                }

                list.Add(Activator.CreateInstance(type)!);
            }
        }

        return result.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray());
    }
}
