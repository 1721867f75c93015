using System.Collections.Immutable;
using PolicyScan.Parsers.CloudFormation.Serverless;
using PolicyScan.Parsers.CloudFormation.Syntax;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.CloudFormation.Evaluation;

/// <summary>
/// The part of the SAM transform (<c>AWS::Serverless-2016-10-31</c>) that decides property values: the
/// <c>Globals</c> section. A serverless resource gets the global properties of its kind, by SAM's merge rules (the
/// resource's scalar wins, maps merge key by key, lists are concatenated globals first). Global values keep their
/// ranges in <c>Globals</c>, where a finding about them belongs. The resources SAM generates from them are made by
/// <see cref="ServerlessTransform"/>.
/// </summary>
public sealed partial class TemplateEvaluator
{
    private const string ServerlessTransformName = "AWS::Serverless-2016-10-31";

    private Dictionary<string, Value>? serverlessGlobals;

    private bool IsServerless => template["Transform"] switch
    {
        TemplateScalar { Text: ServerlessTransformName } => true,
        TemplateSequence sequence => sequence.Items.Any(i => i is TemplateScalar { Text: ServerlessTransformName }),
        _ => false,
    };

    private HashSet<string>? serverlessIds;

    /// <summary>The resources of a SAM template as SAM deploys them; any other template's as written.</summary>
    private ImmutableArray<Resource> Transformed(ImmutableArray<Resource> written) =>
        IsServerless ? ServerlessTransform.Expand(written, serverlessGlobals ??= ReadServerlessGlobals()) : written;

    /// <summary>A resource of the template, or one that SAM generates from a serverless resource of it.</summary>
    private bool IsResource(string name)
    {
        if (resourceIds.Contains(name))
        {
            return true;
        }

        if (!IsServerless)
        {
            return false;
        }

        serverlessIds ??= template["Resources"] is TemplateMapping resources
            ? [.. resources.Entries.Where(e => e.Value is TemplateMapping declaration && declaration["Type"] is TemplateScalar { Text: var type } && type.StartsWith("AWS::Serverless::", StringComparison.Ordinal)).Select(e => e.Key)]
            : [];
        return ServerlessTransform.MayBeGenerated(name, serverlessIds);
    }

    private MapValue WithServerlessGlobals(string type, MapValue properties)
    {
        if (!type.StartsWith("AWS::Serverless::", StringComparison.Ordinal) || !IsServerless)
        {
            return properties;
        }

        serverlessGlobals ??= ReadServerlessGlobals();
        var section = type["AWS::Serverless::".Length..];
        return serverlessGlobals.TryGetValue(section, out var globals) && globals is MapValue map
            ? (MapValue)MergeGlobal(map.WithRange(properties.Range), properties)
            : properties;
    }

    private Dictionary<string, Value> ReadServerlessGlobals()
    {
        var result = new Dictionary<string, Value>(StringComparer.Ordinal);
        if (template["Globals"] is TemplateMapping globals)
        {
            foreach (var entry in globals.Entries)
            {
                result[entry.Key] = Evaluate(entry.Value);
            }
        }

        return result;
    }

    private static Value MergeGlobal(Value global, Value local) => (global, local) switch
    {
        (MapValue globalMap, MapValue localMap) => new MapValue(
            globalMap.Entries.Where(e => !localMap.ContainsKey(e.Key))
                .Concat(localMap.Entries.Select(e => globalMap.TryGetValue(e.Key, out var g) ? new KeyValuePair<string, Value>(e.Key, MergeGlobal(g, e.Value)) : e)),
            localMap.Range),
        (ListValue globalList, ListValue localList) => new ListValue([.. globalList.Items, .. localList.Items], localList.Range),
        _ => local,
    };
}
