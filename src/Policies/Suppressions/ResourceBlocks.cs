using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// Which resource's block a finding's location lies in, when that is not the resource the finding is on: the
/// smallest block of the same file that contains the location (Terraform and plans located in .tf files).
/// </summary>
internal sealed class ResourceBlocks(ResourceGraph graph)
{
    private Dictionary<SourceFile, List<Resource>>? byFile;

    public Resource? Enclosing(Finding finding)
    {
        var location = finding.Location;
        if (location.File is not { } file || finding.Resource.Range.Contains(location)
            || finding.Resource.Format is not (SourceFormat.Terraform or SourceFormat.TerraformPlan))
        {
            return null;
        }

        byFile ??= Index(graph);
        return byFile.TryGetValue(file, out var resources)
            ? resources.Where(r => r.Range.Contains(location)).MinBy(r => r.Range.Span.Length)
            : null;
    }

    private static Dictionary<SourceFile, List<Resource>> Index(ResourceGraph graph)
    {
        var index = new Dictionary<SourceFile, List<Resource>>(ReferenceEqualityComparer.Instance);
        foreach (var resource in graph.Resources.Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan))
        {
            if (resource.Range.File is { } file)
            {
                if (!index.TryGetValue(file, out var list))
                {
                    index[file] = list = [];
                }

                list.Add(resource);
            }
        }

        return index;
    }
}
