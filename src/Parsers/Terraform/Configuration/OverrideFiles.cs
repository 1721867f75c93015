using System.Collections.Immutable;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Terraform.Configuration;

/// <summary>
/// Terraform's override files (<c>override.tf</c>, <c>*_override.tf</c> and their <c>.tf.json</c> forms) are read
/// after the others and merged into the blocks they name: an attribute replaces the original's, and nested blocks
/// of a type replace all the original's blocks of that type. A block that overrides nothing is kept as written.
/// </summary>
public static class OverrideFiles
{
    public static bool IsOverride(string fileName)
    {
        var stem = fileName.EndsWith(".tf.json", StringComparison.Ordinal) ? fileName[..^".tf.json".Length]
            : fileName.EndsWith(".tf", StringComparison.Ordinal) ? fileName[..^".tf".Length]
            : null;
        return stem is not null && (stem == "override" || stem.EndsWith("_override", StringComparison.Ordinal));
    }

    /// <summary>Merges the override files' blocks into the primary files' blocks, returning the files to evaluate.</summary>
    public static ImmutableArray<HclFile> Apply(ImmutableArray<HclFile> files)
    {
        var overrides = files.Where(f => IsOverride(Path.GetFileName(f.Source.Path))).ToList();
        if (overrides.Count == 0)
        {
            return files;
        }

        var primary = files.Where(f => !IsOverride(Path.GetFileName(f.Source.Path))).ToList();
        var unmatched = new List<BodyItem>();
        foreach (var overrideFile in overrides)
        {
            foreach (var block in overrideFile.Body.Blocks)
            {
                var merged = false;
                for (var i = 0; i < primary.Count && !merged; i++)
                {
                    var items = primary[i].Body.Items;
                    for (var j = 0; j < items.Length; j++)
                    {
                        if (items[j] is Block original && SameDeclaration(original, block))
                        {
                            var replacement = block.Type.Name == "locals" ? MergeLocals(original, block) : Merge(original, block);
                            primary[i] = primary[i] with { Body = primary[i].Body with { Items = items.SetItem(j, replacement) } };
                            merged = true;
                            break;
                        }
                    }
                }

                if (!merged)
                {
                    unmatched.Add(block);
                }
            }
        }

        // Blocks that override nothing stay where they were written, so they are not lost.
        var remaining = overrides.Select(f => f with { Body = f.Body with { Items = [.. f.Body.Items.Where(unmatched.Contains)] } });
        return [.. primary, .. remaining];
    }

    private static bool SameDeclaration(Block original, Block candidate)
    {
        if (original.Type.Name != candidate.Type.Name || original.Labels.Length != candidate.Labels.Length)
        {
            return false;
        }

        if (original.Type.Name == "locals")
        {
            return candidate.Body.Attributes.Any(a => original.Body.FindAttribute(a.Name.Name) is not null);
        }

        return original.Labels.Select(l => l.Value).SequenceEqual(candidate.Labels.Select(l => l.Value));
    }

    private static Block Merge(Block original, Block overriding)
    {
        var items = original.Body.Items.ToList();
        foreach (var attribute in overriding.Body.Attributes)
        {
            var index = items.FindIndex(i => i is Hcl.Syntax.Attribute a && a.Name.Name == attribute.Name.Name);
            if (index >= 0)
            {
                items[index] = attribute;
            }
            else
            {
                items.Add(attribute);
            }
        }

        foreach (var type in overriding.Body.Blocks.Select(b => b.Type.Name).Distinct(StringComparer.Ordinal))
        {
            items.RemoveAll(i => i is Block b && b.Type.Name == type);
            items.AddRange(overriding.Body.BlocksOfType(type));
        }

        return original with { Body = original.Body with { Items = [.. items] } };
    }

    private static Block MergeLocals(Block original, Block overriding) =>
        original with
        {
            Body = original.Body with
            {
                Items = [.. original.Body.Items.Select(i => i is Hcl.Syntax.Attribute a && overriding.Body.FindAttribute(a.Name.Name) is { } replacement ? replacement : i)],
            },
        };
}
