using PolicyScan.Parsers.Diagnostics;

namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>
/// Reports a key set twice in one mapping. YAML and JSON readers differ on which value wins, and CloudFormation rejects
/// the template; the reader keeps the later one, and the warning says which.
/// </summary>
public static class DuplicateKeys
{
    public static void Report(TemplateNode root, DiagnosticBag diagnostics)
    {
        // An alias shares its anchored node: each node is checked once.
        var visited = new HashSet<TemplateNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<TemplateNode>([root]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case TemplateMapping mapping:
                    var firstByKey = new Dictionary<string, TemplateEntry>(StringComparer.Ordinal);
                    foreach (var entry in mapping.Entries)
                    {
                        if (!firstByKey.TryAdd(entry.Key, entry) && !ReferenceEquals(firstByKey[entry.Key].Value, entry.Value))
                        {
                            diagnostics.Add(DiagnosticCatalog.CfnDuplicateKey, entry.KeyRange, entry.Key, firstByKey[entry.Key].KeyRange.StartPosition);
                        }

                        pending.Push(entry.Value);
                    }

                    break;
                case TemplateSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }
    }
}
