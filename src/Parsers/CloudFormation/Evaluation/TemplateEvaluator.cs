using System.Collections.Immutable;
using PolicyScan.Parsers.CloudFormation.Syntax;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Evaluation;

/// <summary>
/// Evaluates one template into graph resources: parameters (given values, then defaults, else unknown), pseudo
/// parameters, mappings, conditions and intrinsic functions. What cannot be known before deployment (resource
/// attributes, imports, availability zones) is an <see cref="UnknownValue"/> that keeps the resources it came from,
/// so a policy can link <c>Bucket: !Ref PhiBucket</c> to its bucket. Not thread-safe: one evaluator per template.
/// </summary>
public sealed partial class TemplateEvaluator
{
    private readonly TemplateMapping template;
    private readonly CloudFormationOptions options;
    private readonly IReadOnlyDictionary<string, string> parameterValues;
    private readonly string root;
    private readonly DiagnosticBag diagnostics;
    private readonly Dictionary<string, Value> parameters = new(StringComparer.Ordinal);
    private readonly HashSet<string> resourceIds = new(StringComparer.Ordinal);
    private readonly ProviderConfig stack;

    // Templates with a transform (SAM, LanguageExtensions' Fn::ForEach, macros) get resources and parameters that
    // only the transform makes; a reference to one of them is not an error in the template as written.
    private readonly bool referencesMayBeGenerated;

    public TemplateEvaluator(TemplateMapping template, CloudFormationOptions options, IReadOnlyDictionary<string, string> parameterValues, string root, DiagnosticBag diagnostics)
    {
        this.template = template;
        this.options = options;
        this.parameterValues = parameterValues;
        this.root = root;
        this.diagnostics = diagnostics;
        stack = StackProvider.For(options);
        if (template["Resources"] is TemplateMapping resources)
        {
            foreach (var entry in resources.Entries)
            {
                resourceIds.Add(entry.Key);
            }
        }

        referencesMayBeGenerated = template.TryGetEntry("Transform", out _) || resourceIds.Any(IsForEach) || UsesRain(template);
    }

    /// <summary>Every resource whose condition is not false, in template order.</summary>
    public ImmutableArray<Resource> EvaluateResources()
    {
        if (template["Resources"] is not TemplateMapping resources)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Resource>();
        foreach (var entry in resources.Entries)
        {
            if (!IsForEach(entry.Key) && EvaluateResource(entry) is { } resource)
            {
                result.Add(resource);
            }
        }

        return Transformed(result.ToImmutable());
    }

    /// <summary><c>Fn::ForEach::Name</c> entries (AWS::LanguageExtensions) are loops that make resources, not resources.</summary>
    public static bool IsForEach(string key) => key.StartsWith("Fn::ForEach::", StringComparison.Ordinal);

    private static bool UsesRain(TemplateNode node) => node switch
    {
        TemplateMapping mapping => mapping.Entries.Any(e => ShortFormTags.IsRainDirective(e.Key) || UsesRain(e.Value)),
        TemplateSequence sequence => sequence.Items.Any(UsesRain),
        _ => false,
    };

    private Resource? EvaluateResource(TemplateEntry entry)
    {
        if (entry.Value is TemplateMapping { } module && module["Type"] is TemplateMapping { SingleEntry.Key: var directive } && ShortFormTags.IsRainDirective(directive))
        {
            diagnostics.Add(DiagnosticCatalog.CfnRainDirective, entry.KeyRange, directive, "the resources of the module are not read");
            return null;
        }

        if (entry.Value is not TemplateMapping declaration || declaration["Type"] is not TemplateScalar { Kind: TemplateScalarKind.String } type)
        {
            diagnostics.Add(DiagnosticCatalog.CfnInvalidResource, entry.KeyRange, entry.Key, "is not a mapping with a Type");
            return null;
        }

        if (declaration.TryGetEntry("Condition", out var condition) && EvaluateConditionReference(condition.Value) == false)
        {
            return null;
        }

        var properties = declaration.TryGetEntry("Properties", out var propertiesEntry) ? Evaluate(propertiesEntry.Value) : null;
        var attributes = WithServerlessGlobals(type.Text, properties switch
        {
            MapValue map => map,
            null or MissingValue or NullValue => new MapValue([], propertiesEntry?.Value.Range ?? entry.KeyRange),
            _ => new MapValue([], properties.Range),
        });
        var metadata = declaration.TryGetEntry("Metadata", out var metadataEntry) ? Evaluate(metadataEntry.Value) : new MissingValue(SourceRange.None);

        return new Resource
        {
            Address = entry.Key,
            Type = type.Text,
            Name = entry.Key,
            Format = SourceFormat.CloudFormation,
            Root = root,
            Range = entry.Range,
            DeclarationRange = entry.KeyRange,
            Attributes = attributes,
            Metadata = metadata,
            References = CollectReferences(attributes, declaration["DependsOn"]),
            Provider = stack,
        };
    }

    /// <summary>The edges of a resource: each reference an unknown property value carries, with its path, and each <c>DependsOn</c>.</summary>
    private static ImmutableArray<Reference> CollectReferences(MapValue attributes, TemplateNode? dependsOn)
    {
        var dependencies = dependsOn switch
        {
            TemplateScalar scalar => [scalar],
            TemplateSequence sequence => sequence.Items.OfType<TemplateScalar>(),
            _ => [],
        };
        return
        [
            .. PropertyReferences.Collect(attributes),
            .. dependencies.Select(d => new Reference("DependsOn", new ReferenceTarget(d.Text, null), d.Range)),
        ];
    }

    /// <summary>
    /// The value of a template node. A <see cref="MissingValue"/> result means <c>AWS::NoValue</c>: the enclosing mapping
    /// or sequence drops the entry.
    /// </summary>
    public Value Evaluate(TemplateNode node)
    {
        switch (node)
        {
            case TemplateScalar scalar:
                return Literal(scalar);
            case TemplateInvalid invalid:
                return new UnknownValue(invalid.Reason, invalid.Range);
            case TemplateSequence sequence:
                return new ListValue([.. sequence.Items.Select(Evaluate).Where(v => v is not MissingValue)], sequence.Range);
            case TemplateMapping mapping when IsFunctionCall(mapping, out var call):
                return EvaluateFunction(call, mapping.Range);
            case TemplateMapping mapping:
                var entries = new List<KeyValuePair<string, Value>>(mapping.Entries.Length);
                foreach (var entry in mapping.Entries)
                {
                    var value = Evaluate(entry.Value);
                    if (value is not MissingValue)
                    {
                        entries.Add(new(entry.Key, value));
                    }
                }

                return new MapValue(entries, mapping.Range);
            default:
                return new UnknownValue("unreadable", node.Range);
        }
    }

    private static bool IsFunctionCall(TemplateMapping mapping, out TemplateEntry call)
    {
        call = mapping.SingleEntry!;
        return call is not null && (call.Key == "Ref" || call.Key.StartsWith("Fn::", StringComparison.Ordinal) || ShortFormTags.IsRainDirective(call.Key));
    }

    /// <summary>A scalar's value; a number with a leading zero (an account id) stays a string, since its digits matter.</summary>
    private static Value Literal(TemplateScalar scalar) => scalar.Kind switch
    {
        TemplateScalarKind.Number when !HasLeadingZero(scalar.Text) && NumberFormat.TryParse(scalar.Text, out var number) => new NumberValue(number, scalar.Range),
        TemplateScalarKind.Bool => new BoolValue(YamlScalarResolution.IsTrue(scalar.Text), scalar.Range),
        TemplateScalarKind.Null => new NullValue(scalar.Range),
        _ => new StringValue(scalar.Text, scalar.Range),
    };

    private static bool HasLeadingZero(string text)
    {
        var digits = text.TrimStart('-', '+');
        return digits.Length > 1 && digits[0] == '0' && char.IsAsciiDigit(digits[1]);
    }

    /// <summary>The value of a parameter: the given value, else its default, else unknown; list types split on commas.</summary>
    private bool TryGetParameter(string name, out Value value)
    {
        if (parameters.TryGetValue(name, out value!))
        {
            return true;
        }

        if (template["Parameters"] is not TemplateMapping declarations || !declarations.TryGetEntry(name, out var declaration))
        {
            return false;
        }

        var definition = declaration.Value as TemplateMapping;
        var parameterType = (definition?["Type"] as TemplateScalar)?.Text ?? "String";
        if (parameterValues.TryGetValue(name, out var given))
        {
            value = new StringValue(given, declaration.KeyRange);
        }
        else if (definition?["Default"] is { } defaultNode)
        {
            value = Evaluate(defaultNode);
        }
        else
        {
            value = new UnknownValue($"the parameter {name} has no default and no value was given (see --parameter-file)", declaration.KeyRange);
        }

        if (value is StringValue text && (parameterType == "CommaDelimitedList" || parameterType.StartsWith("List<", StringComparison.Ordinal)))
        {
            value = new ListValue([.. text.Value.Split(',').Select(part => (Value)new StringValue(part.Trim(), text.Range))], text.Range);
        }

        parameters[name] = value;
        return true;
    }

    private UnknownValue Unresolved(string name, SourceRange range)
    {
        if (!referencesMayBeGenerated)
        {
            diagnostics.Add(DiagnosticCatalog.CfnUnresolvedReference, range, name);
        }

        return new UnknownValue($"'{name}' is not defined in this template", range);
    }

    private UnknownValue InvalidArguments(string function, string expected, SourceRange range)
    {
        diagnostics.Add(DiagnosticCatalog.CfnInvalidArguments, range, function, expected);
        return new UnknownValue($"{function} has invalid arguments", range);
    }
}
