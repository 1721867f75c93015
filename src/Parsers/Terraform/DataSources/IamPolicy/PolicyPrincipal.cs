using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>One <c>principals</c> block (or one key of a JSON Principal): a type such as AWS or Service and its identifiers.</summary>
internal sealed record PolicyPrincipal(Value Type, PolicyStrings Identifiers, SourceRange Range);
