using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>
/// A policy document being assembled: the data source's own document and the source and override
/// documents it merges, following the provider's <c>IAMPolicyDoc.Merge</c> (terraform-provider-aws,
/// internal/service/iam/policy_model.go).
/// </summary>
internal sealed class PolicyDocument
{
    /// <summary>A string (empty when not written) or unknown.</summary>
    public Value Version { get; set; } = Empty;

    /// <summary>A string (empty when not written) or unknown.</summary>
    public Value Id { get; set; } = Empty;

    public List<PolicyStatement> Statements { get; } = [];

    private static StringValue Empty => new(string.Empty, SourceRange.None);

    /// <summary>
    /// Adopts the other document's Id when it has one, lets it raise the Version (the provider compares
    /// the strings, and "2012-10-17" sorts after "2008-10-17"), and appends its statements, where a statement
    /// replaces the existing one with the same sid in place.
    /// </summary>
    public void Merge(PolicyDocument other)
    {
        if (other.Id is not StringValue { Value.Length: 0 })
        {
            Id = other.Id;
        }

        Version = (Version, other.Version) switch
        {
            (StringValue mine, StringValue theirs) => string.CompareOrdinal(theirs.Value, mine.Value) > 0 ? theirs : mine,
            (UnknownValue, _) => Version,
            _ => other.Version,
        };

        foreach (var statement in other.Statements)
        {
            var sid = statement.KnownSid;
            var index = sid is null ? -1 : Statements.FindIndex(existing => existing.KnownSid == sid);
            if (index >= 0)
            {
                Statements[index] = statement;
            }
            else
            {
                Statements.Add(statement);
            }
        }
    }
}
