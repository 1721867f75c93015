using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Secrets;

/// <summary>
/// An attribute that holds a secret (a database password, a provider's secret key), and where its value is written
/// as a literal in the configuration (null when it is not: unknown, generated, or from outside the source).
/// </summary>
public sealed record SecretAttribute(string Name, Value Value, SourceRange? Literal)
{
    public bool IsHardCoded => Literal is not null;
}
