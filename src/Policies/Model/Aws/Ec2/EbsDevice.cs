using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Ec2;

/// <summary>One EBS volume that a resource creates: its label for messages, whether it is encrypted (false by default), and where it is declared.</summary>
public sealed record EbsDevice(string Label, Value Encrypted, SourceRange Location);
