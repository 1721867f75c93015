using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>One <c>condition</c> block (or one test/variable pair of a JSON Condition).</summary>
internal sealed record PolicyCondition(Value Test, Value Variable, PolicyStrings Values, SourceRange Range);
