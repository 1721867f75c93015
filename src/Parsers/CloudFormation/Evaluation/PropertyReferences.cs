using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.CloudFormation.Evaluation;

/// <summary>The references that a resource's property values carry (each <c>Ref</c>/<c>GetAtt</c> to a resource), with their paths.</summary>
internal static class PropertyReferences
{
    public static ImmutableArray<Reference> Collect(MapValue attributes)
    {
        var references = new List<Reference>();
        var seen = new HashSet<(string, string)>();
        void Walk(Value value, string path)
        {
            switch (value)
            {
                case UnknownValue unknown:
                    foreach (var target in unknown.References)
                    {
                        if (seen.Add((path, target.ToString())))
                        {
                            references.Add(new Reference(path, target, unknown.Range));
                        }
                    }

                    break;
                case MapValue map:
                    foreach (var (key, item) in map.Entries)
                    {
                        Walk(item, path.Length == 0 ? key : $"{path}.{key}");
                    }

                    break;
                case ListValue list:
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        Walk(list.Items[i], $"{path}.{i}");
                    }

                    break;
            }
        }

        Walk(attributes, string.Empty);
        return [.. references];
    }
}
