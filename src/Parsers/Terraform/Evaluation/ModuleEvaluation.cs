using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Hcl.Types;
using PolicyScan.Parsers.Terraform.Configuration;
using PolicyScan.Parsers.Terraform.DataSources;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.Evaluation;

/// <summary>
/// One module instance in one calling context. Every named object (variable, local, resource, data source,
/// module call, output) is evaluated on first use and remembered, which orders evaluation by dependency;
/// re-entering an object still being evaluated is a cycle, reported once, and the value is unknown.
/// </summary>
internal sealed class ModuleEvaluation : IEvaluationScope
{
    private readonly EvaluationContext context;
    private readonly IReadOnlyDictionary<string, Func<Value>> inputs;
    private readonly Dictionary<string, ProviderConfig> providers;
    private readonly int depth;
    private readonly ImmutableHashSet<string> callStack;
    private readonly string manifestKey;
    private readonly Memo<string, Value> variables = new();
    private readonly Memo<string, Value> locals = new();
    private readonly Memo<string, Value> outputs = new();
    private readonly Memo<string, ResourceResult> resources = new();
    private readonly Memo<string, ModuleCallResult> moduleCalls = new();
    private readonly MapValue pathObject;

    public ModuleEvaluation(
        EvaluationContext context,
        ModuleDirectory directory,
        string address,
        string manifestKey,
        IReadOnlyDictionary<string, Func<Value>> inputs,
        IReadOnlyDictionary<string, ProviderConfig> inheritedProviders,
        int depth,
        ImmutableHashSet<string> callStack)
    {
        this.context = context;
        Directory = directory;
        Address = address;
        this.manifestKey = manifestKey;
        this.inputs = inputs;
        this.depth = depth;
        this.callStack = callStack.Add(directory.FullPath);
        providers = new Dictionary<string, ProviderConfig>(inheritedProviders, StringComparer.Ordinal);
        var relative = Path.GetRelativePath(context.Root.FullPath, directory.FullPath).Replace('\\', '/');
        var module = relative == "." ? "." : relative.StartsWith("..", StringComparison.Ordinal) ? relative : "./" + relative;
        var range = directory.Files.IsEmpty ? SourceRange.None : new SourceRange(directory.Files[0].Source, default);
        pathObject = new MapValue(
            [
                new("module", new StringValue(module, range)),
                new("root", new StringValue(".", range)),
                new("cwd", new StringValue(context.Root.FullPath, range)),
            ],
            range);
        context.ReachedDirectories.Add(directory.FullPath);
        foreach (var declaration in directory.Providers)
        {
            var attributes = BodyEvaluator.EvaluateNestedBody(declaration.Block.Body, Evaluator, this);
            var config = new ProviderConfig
            {
                Name = declaration.Name,
                Alias = declaration.Alias,
                ModuleAddress = address,
                Attributes = attributes,
                Range = declaration.Block.Range,
            };
            providers[declaration.LocalAddress] = config;
            context.Providers.Add(config);
        }
    }

    public ModuleDirectory Directory { get; }

    public string Address { get; }

    private ExpressionEvaluator Evaluator => context.Evaluator;

    private string Prefix => Address.Length == 0 ? string.Empty : Address + ".";

    public bool TryResolve(ScopeTraversalExpression traversal, ExpressionEvaluator evaluator, out Value value, out int consumedSteps)
    {
        var steps = traversal.Steps;
        var first = steps.Length > 0 && steps[0] is AttributeStep a ? a.Name : null;
        consumedSteps = 1;
        switch (traversal.Root.Name)
        {
            case "var" when first is not null:
                value = Directory.Variables.ContainsKey(first)
                    ? GetVariable(first)
                    : Evaluator.Error(DiagnosticCatalog.UndeclaredReference, traversal.Range, "input variable", first);
                return true;
            case "local" when first is not null:
                value = Directory.Locals.ContainsKey(first)
                    ? GetLocal(first)
                    : Evaluator.Error(DiagnosticCatalog.UndeclaredReference, traversal.Range, "local value", first);
                return true;
            case "module" when first is not null:
                return ResolveModule(traversal, first, out value, out consumedSteps);
            case "data" when first is not null && steps.Length > 1 && steps[1] is AttributeStep dataName:
                consumedSteps = 2;
                value = ResolveResource(ResourceMode.Data, first, dataName.Name, traversal);
                return true;
            case "path":
                consumedSteps = 0;
                value = pathObject;
                return true;
            case "terraform":
                consumedSteps = 0;
                value = new MapValue([new("workspace", new StringValue("default", traversal.Root.Range))], traversal.Root.Range);
                return true;
            case "ephemeral" when first is not null && steps.Length > 1 && steps[1] is AttributeStep ephemeralName:
                // Ephemeral resources exist only while Terraform runs; their values are never knowable here.
                consumedSteps = 2;
                var ephemeralAddress = $"{Prefix}ephemeral.{first}.{ephemeralName.Name}";
                value = new UnknownValue($"{ephemeralAddress} is only known while Terraform runs", traversal.Range, [new ReferenceTarget(ephemeralAddress, null)]);
                return true;
            case "count" or "each" or "self":
                consumedSteps = 0;
                value = new UnknownValue($"{traversal.Root.Name} is not available here", traversal.Range);
                return true;
            default:
                if (first is not null && Directory.Resources.Any(r => r.Mode == ResourceMode.Managed && r.Type == traversal.Root.Name))
                {
                    value = ResolveResource(ResourceMode.Managed, traversal.Root.Name, first, traversal);
                    return true;
                }

                if (first is not null && traversal.Root.Name.Contains('_'))
                {
                    value = Evaluator.Error(DiagnosticCatalog.UndeclaredReference, traversal.Range, "resource", $"{traversal.Root.Name}.{first}");
                    return true;
                }

                value = NullValue.Instance;
                consumedSteps = 0;
                return false;
        }
    }

    /// <summary>Evaluates everything this instance declares and adds it to the graph, then its child modules.</summary>
    public void Complete()
    {
        foreach (var name in Directory.Locals.Keys)
        {
            GetLocal(name);
        }

        foreach (var declaration in Directory.Resources)
        {
            var result = GetResource(declaration);
            context.Resources.AddRange(result.Resources);
        }

        var calls = ImmutableArray.CreateBuilder<ModuleCall>();
        foreach (var call in Directory.ModuleCalls)
        {
            var result = GetModuleCall(call);
            calls.Add(new ModuleCall
            {
                Name = call.Name,
                Source = call.Source ?? string.Empty,
                ResolvedDirectory = result.Directory is null ? null : context.DisplayPath(result.Directory.FullPath),
                Range = call.Block.HeaderRange,
            });
        }

        var outputValues = Directory.Outputs.Keys.Select(name => new KeyValuePair<string, Value>(name, GetOutput(name))).ToList();
        context.Modules.Add(new ModuleInstance
        {
            Address = Address,
            Directory = Directory.DisplayPath,
            Root = context.Root.DisplayPath,
            Locals = new MapValue(Directory.Locals.Keys.Select(name => new KeyValuePair<string, Value>(name, GetLocal(name))), SourceRange.None),
            Outputs = new MapValue(outputValues, SourceRange.None),
            Calls = calls.ToImmutable(),
        });

        foreach (var call in Directory.ModuleCalls)
        {
            foreach (var child in GetModuleCall(call).Instances)
            {
                child.Complete();
            }
        }
    }

    private Value GetVariable(string name) => variables.Get(name, () =>
    {
        var declaration = Directory.Variables[name];
        var evaluator = Evaluator;
        var type = declaration.Type is { } typeExpression ? TypeConstraintParser.Parse(typeExpression, evaluator) : TypeConstraint.Any;
        var nullable = declaration.Nullable is not { } nullableExpression || !evaluator.Evaluate(nullableExpression, VariableScope.Empty).IsFalse;
        Value? defaultValue = declaration.Default is { } defaultExpression ? evaluator.Evaluate(defaultExpression, VariableScope.Empty) : null;

        Value value;
        var given = inputs.TryGetValue(name, out var input) ? input() : null;
        if (given is not null && !(given is NullValue && !nullable && defaultValue is not null))
        {
            value = given;
        }
        else if (defaultValue is not null)
        {
            value = defaultValue;
        }
        else
        {
            return new UnknownValue($"variable \"{name}\" has no value", declaration.Block.HeaderRange);
        }

        if (!TypeConversion.TryConvert(value, type, out var converted, out var error))
        {
            evaluator.Diagnostics.Add(DiagnosticCatalog.InvalidVariableValue, value.Range.IsNone ? declaration.Block.HeaderRange : value.Range, name, error);
            return new UnknownValue($"variable \"{name}\" has an invalid value", declaration.Block.HeaderRange);
        }

        return converted;
    }, cycle => CycleValue("var." + name, cycle, Directory.Variables[name].Block.HeaderRange));

    private Value GetLocal(string name) => locals.Get(
        name,
        () => Evaluator.Evaluate(Directory.Locals[name].Expression, this),
        cycle => CycleValue("local." + name, cycle, Directory.Locals[name].Range));

    private Value GetOutput(string name) => outputs.Get(
        name,
        () =>
        {
            var block = Directory.Outputs[name];
            var expression = block.Body.FindAttribute("value")?.Expression;
            return expression is null ? new NullValue(block.Range) : Evaluator.Evaluate(expression, this);
        },
        cycle => CycleValue($"output.{name}", cycle, Directory.Outputs[name].HeaderRange));

    private Value ResolveResource(ResourceMode mode, string type, string name, ScopeTraversalExpression traversal)
    {
        var declaration = Directory.Resources.FirstOrDefault(r => r.Mode == mode && r.Type == type && r.Name == name);
        if (declaration is null)
        {
            var kind = mode == ResourceMode.Data ? "data source" : "resource";
            var address = mode == ResourceMode.Data ? $"data.{type}.{name}" : $"{type}.{name}";
            return Evaluator.Error(DiagnosticCatalog.UndeclaredReference, traversal.Range, kind, address);
        }

        return GetResource(declaration).Value;
    }

    // A resource met again while its own block is evaluated reads as unknown without a warning: Terraform orders
    // by resource, and such chains (a bucket, a module output, the bucket's policy) are legal there.
    private ResourceResult GetResource(ResourceDeclaration declaration) => resources.Get(
        declaration.LocalAddress,
        () => EvaluateResource(declaration),
        cycle => new ResourceResult(new UnknownValue($"{Prefix}{declaration.LocalAddress} is read while it is being evaluated", declaration.Block.HeaderRange, [new ReferenceTarget(Prefix + declaration.LocalAddress, null)]), []));

    private ResourceResult EvaluateResource(ResourceDeclaration declaration)
    {
        var baseAddress = Prefix + declaration.LocalAddress;
        var (kind, instances) = InstanceExpansion.Expand(declaration.Count, declaration.ForEach, baseAddress, Evaluator, this, context.Options.MaxInstances);
        var provider = FindProvider(declaration);
        var values = new List<(InstanceKey Key, Value Value)>(instances.Count);
        var graphResources = new List<Resource>(instances.Count);
        foreach (var instance in instances)
        {
            var address = baseAddress + instance.Key;
            var scope = new VariableScope(instance.Symbols, this);
            var attributes = BodyEvaluator.EvaluateResourceBody(declaration.Block.Body, Evaluator, scope);
            if (declaration.Mode == ResourceMode.Data && declaration.Type == "aws_iam_policy_document")
            {
                attributes = AwsIamPolicyDocument.Evaluate(attributes, declaration.Block.Range);
            }

            // The graph keeps what the configuration says (an attribute left out is missing); references from other
            // resources see the same object opened up, where what is left out is computed by the provider.
            attributes = new MapValue(attributes.Entries, declaration.Block.Range, MappingShape.Object);
            values.Add((instance.Key, ComputedAttributes.Open(attributes, new ReferenceTarget(address, null))));
            graphResources.Add(new Resource
            {
                Address = address,
                Type = declaration.Type,
                Name = declaration.Name,
                Mode = declaration.Mode,
                Format = SourceFormat.Terraform,
                ModuleAddress = Address,
                Key = instance.Key,
                Root = context.Root.DisplayPath,
                Range = declaration.Block.Range,
                DeclarationRange = declaration.Block.HeaderRange,
                Attributes = attributes,
                References = CollectReferences(declaration.Block.Body, attributes),
                Provider = provider,
            });
        }

        var value = InstanceExpansion.Collect(kind, values, declaration.Block.Range, baseAddress);
        return new ResourceResult(value, graphResources);
    }

    private ProviderConfig? FindProvider(ResourceDeclaration declaration)
    {
        var local = declaration.Provider is ScopeTraversalExpression traversal
            ? traversal.ToString()
            : declaration.Type.Split('_')[0];
        return providers.GetValueOrDefault(local) ?? providers.GetValueOrDefault(local.Split('.')[0]);
    }

    /// <summary>
    /// The edges of a resource: references written in its block to resources, data sources and modules of this
    /// module, plus the references that unknown attribute values carry (those that came through locals, variables or
    /// module outputs), each with the attribute path it occurs under.
    /// </summary>
    private ImmutableArray<Reference> CollectReferences(Body body, MapValue attributes)
    {
        var references = new List<Reference>();
        var seen = new HashSet<(string, string)>();
        foreach (var (path, expression) in ExpressionsOf(body, string.Empty))
        {
            foreach (var traversal in ExpressionTraversals.Of(expression))
            {
                var target = TargetOf(traversal);
                if (target is not null && seen.Add((path, target.ToString())))
                {
                    references.Add(new Reference(path, target, traversal.Range));
                }
            }
        }

        foreach (var (path, unknown) in Unknowns(attributes, string.Empty))
        {
            foreach (var target in unknown.References)
            {
                if (seen.Add((path, target.ToString())))
                {
                    references.Add(new Reference(path, target, unknown.Range));
                }
            }
        }

        return [.. references];
    }

    private ReferenceTarget? TargetOf(ScopeTraversalExpression traversal)
    {
        var steps = traversal.Steps;
        string? Step(int i) => i < steps.Length && steps[i] is AttributeStep s ? s.Name : null;
        string KeySuffix(int i) => i < steps.Length && steps[i] is IndexStep index
            ? (index.Key is NumberValue n ? InstanceKey.FromIndex((int)n.Value) : InstanceKey.FromKey(index.Key.AsString() ?? string.Empty)).ToString()
            : string.Empty;

        switch (traversal.Root.Name)
        {
            case "data" when Step(0) is { } type && Step(1) is { } name:
                var suffix = KeySuffix(2);
                return new ReferenceTarget($"{Prefix}data.{type}.{name}{suffix}", Step(suffix.Length > 0 ? 3 : 2));
            case "module" when Step(0) is { } module:
                var moduleSuffix = KeySuffix(1);
                return new ReferenceTarget($"{Prefix}module.{module}{moduleSuffix}", Step(moduleSuffix.Length > 0 ? 2 : 1));
            case var type when Step(0) is { } name && Directory.Resources.Any(r => r.Mode == ResourceMode.Managed && r.Type == type && r.Name == name):
                var resourceSuffix = KeySuffix(1);
                return new ReferenceTarget($"{Prefix}{type}.{name}{resourceSuffix}", Step(resourceSuffix.Length > 0 ? 2 : 1));
            default:
                return null;
        }
    }

    private static IEnumerable<(string Path, Expression Expression)> ExpressionsOf(Body body, string prefix)
    {
        foreach (var item in body.Items)
        {
            switch (item)
            {
                case Hcl.Syntax.Attribute attribute when prefix.Length > 0 || attribute.Name.Name is not ("depends_on" or "provider"):
                    yield return (prefix + attribute.Name.Name, attribute.Expression);
                    break;
                case Block block when block.Type.Name is not ("lifecycle" or "provisioner" or "connection"):
                    var name = block.Type.Name == "dynamic" && block.Labels.Length == 1 ? block.Labels[0].Value : block.Type.Name;
                    foreach (var nested in ExpressionsOf(block.Body, prefix + name + "."))
                    {
                        yield return nested;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<(string Path, UnknownValue Value)> Unknowns(Value value, string path)
    {
        switch (value)
        {
            case UnknownValue unknown:
                yield return (path, unknown);
                break;
            case ListValue list:
                for (var i = 0; i < list.Count; i++)
                {
                    foreach (var found in Unknowns(list.Items[i], path))
                    {
                        yield return found;
                    }
                }

                break;
            case MapValue map:
                foreach (var (key, item) in map.Entries)
                {
                    foreach (var found in Unknowns(item, path.Length == 0 ? key : path + "." + key))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    private bool ResolveModule(ScopeTraversalExpression traversal, string name, out Value value, out int consumedSteps)
    {
        consumedSteps = 1;
        var call = Directory.ModuleCalls.FirstOrDefault(c => c.Name == name);
        if (call is null)
        {
            value = Evaluator.Error(DiagnosticCatalog.UndeclaredReference, traversal.Range, "module", name);
            return true;
        }

        var result = GetModuleCall(call);

        // module.x.output evaluates only that output, as Terraform does, so that outputs that depend on each
        // other through the caller do not look like a cycle.
        if (result.Kind == InstanceExpansion.Kind.Single && result.Instances.Count == 1 && traversal.Steps.Length > 1 && traversal.Steps[1] is AttributeStep output)
        {
            consumedSteps = 2;
            var child = result.Instances[0];
            value = child.Directory.Outputs.ContainsKey(output.Name)
                ? child.GetOutput(output.Name)
                : Evaluator.Error(DiagnosticCatalog.UndeclaredReference, traversal.Range, "output", $"module.{name}.{output.Name}");
            return true;
        }

        value = result.Value;
        return true;
    }

    private ModuleCallResult GetModuleCall(ModuleCallDeclaration call) => moduleCalls.Get(
        call.Name,
        () => EvaluateModuleCall(call),
        cycle => new ModuleCallResult(CycleValue($"{Prefix}module.{call.Name}", cycle, call.Block.HeaderRange), [], InstanceExpansion.Kind.Single, null));

    private ModuleCallResult EvaluateModuleCall(ModuleCallDeclaration call)
    {
        var baseAddress = $"{Prefix}module.{call.Name}";
        var unresolved = new UnknownValue($"{baseAddress} is not available locally", call.Block.HeaderRange, [new ReferenceTarget(baseAddress, null)]);
        var key = manifestKey.Length == 0 ? call.Name : $"{manifestKey}.{call.Name}";
        string? directoryPath = call.Source is null ? null
            : call.IsLocal ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(Directory.FullPath, call.Source)))
            : context.Manifest.Find(key);
        if (directoryPath is null || !System.IO.Directory.Exists(directoryPath))
        {
            if (call.Source is not null)
            {
                Evaluator.Diagnostics.Add(DiagnosticCatalog.ModuleNotResolved, call.Block.HeaderRange, call.Name, call.Source);
            }

            return new ModuleCallResult(unresolved, [], InstanceExpansion.Kind.Single, null);
        }

        if (callStack.Contains(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directoryPath))))
        {
            Evaluator.Diagnostics.Add(DiagnosticCatalog.ModuleRecursion, call.Block.HeaderRange, call.Name, "it calls itself (directly or through other modules)");
            return new ModuleCallResult(unresolved, [], InstanceExpansion.Kind.Single, null);
        }

        if (depth + 1 > context.Options.MaxModuleDepth)
        {
            Evaluator.Diagnostics.Add(DiagnosticCatalog.ModuleRecursion, call.Block.HeaderRange, call.Name, $"module calls nest deeper than {context.Options.MaxModuleDepth} levels");
            return new ModuleCallResult(unresolved, [], InstanceExpansion.Kind.Single, null);
        }

        var directory = context.Loader.Load(directoryPath);
        var (kind, instances) = InstanceExpansion.Expand(call.Count, call.ForEach, baseAddress, Evaluator, this, context.Options.MaxInstances);
        var childProviders = ChildProviders(call);
        var children = new List<ModuleEvaluation>(instances.Count);
        var values = new List<(InstanceKey Key, Value Value)>(instances.Count);
        foreach (var instance in instances)
        {
            var scope = new VariableScope(instance.Symbols, this);
            // Inputs are evaluated when the module first reads them, as Terraform orders by variable and output, not by
            // module: module A may read an output of B while B reads another output of A.
            var arguments = new Dictionary<string, Func<Value>>(StringComparer.Ordinal);
            foreach (var attribute in call.Block.Body.Attributes)
            {
                if (attribute.Name.Name is "source" or "version" or "count" or "for_each" or "providers" or "depends_on")
                {
                    continue;
                }

                arguments[attribute.Name.Name] = () => ValueRelocation.Into(Evaluator.Evaluate(attribute.Expression, scope), attribute.Expression.Range);
            }

            var address = baseAddress + instance.Key;
            var child = new ModuleEvaluation(context, directory, address, key, arguments, childProviders, depth + 1, callStack);
            children.Add(child);
            values.Add((instance.Key, new ModuleOutputsValue(child).Value));
        }

        return new ModuleCallResult(InstanceExpansion.Collect(kind, values, call.Block.Range, baseAddress), children, kind, directory);
    }

    /// <summary>Default provider configurations pass to a child implicitly; <c>providers = { aws = aws.eu }</c> passes others explicitly.</summary>
    private Dictionary<string, ProviderConfig> ChildProviders(ModuleCallDeclaration call)
    {
        var result = providers.Where(p => !p.Key.Contains('.')).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (call.Providers is ObjectExpression mapping)
        {
            foreach (var item in mapping.Items)
            {
                var childName = item.Key switch
                {
                    LiteralExpression literal => literal.Value.AsString(),
                    ScopeTraversalExpression traversal => traversal.ToString(),
                    TemplateExpression template => Evaluator.Evaluate(template, VariableScope.Empty).AsString(),
                    _ => null,
                };
                if (childName is not null && item.Value is ScopeTraversalExpression target && providers.TryGetValue(target.ToString(), out var config))
                {
                    result[childName] = config;
                }
            }
        }

        return result;
    }

    private Value CycleValue(string what, IReadOnlyList<string> cycle, SourceRange range)
    {
        Evaluator.Diagnostics.Add(DiagnosticCatalog.ReferenceCycle, range, what, string.Join(" -> ", cycle));
        return new UnknownValue($"{what} is part of a reference cycle", range);
    }

    /// <summary>The outputs of a child instance as one object, each evaluated when first read.</summary>
    private sealed class ModuleOutputsValue(ModuleEvaluation child)
    {
        public Value Value => new MapValue(
            child.Directory.Outputs.Keys.Select(name => new KeyValuePair<string, Value>(name, child.GetOutput(name))),
            child.Directory.Files.IsEmpty ? SourceRange.None : new SourceRange(child.Directory.Files[0].Source, default));
    }

    private sealed record ResourceResult(Value Value, IReadOnlyList<Resource> Resources);

    private sealed record ModuleCallResult(Value Value, IReadOnlyList<ModuleEvaluation> Instances, InstanceExpansion.Kind Kind, ModuleDirectory? Directory);
}
