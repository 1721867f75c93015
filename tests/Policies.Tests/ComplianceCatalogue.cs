using YamlDotNet.RepresentationModel;

namespace PolicyScan.Policies.Tests;

/// <summary>The shared catalogue of control ids (compliance/frameworks.yaml), read for the reference test.</summary>
public sealed class ComplianceCatalogue
{
    private readonly Dictionary<string, HashSet<string>> citable = new(StringComparer.Ordinal);

    public static ComplianceCatalogue Load(string path)
    {
        var catalogue = new ComplianceCatalogue();
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var frameworks = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["frameworks"];
        foreach (var (key, node) in frameworks.Children)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (YamlMappingNode control in (YamlSequenceNode)((YamlMappingNode)node)["controls"])
            {
                // Organisational-scope entries exist only so the AWS Guard mapping resolves; configuration policies may not cite them.
                var organisational = control.Children.TryGetValue("scope", out var scope) && scope.ToString() == "organisational";
                if (!organisational)
                {
                    ids.Add(control["id"].ToString());
                }
            }

            catalogue.citable[key.ToString()] = ids;
        }

        return catalogue;
    }

    public bool Resolves(string reference)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && citable.TryGetValue(reference[..colon], out var ids) && ids.Contains(reference[(colon + 1)..]);
    }
}
