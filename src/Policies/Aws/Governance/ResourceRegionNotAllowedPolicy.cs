using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Governance;

namespace PolicyScan.Policies.Aws.Governance;

/// <summary>
/// An AWS resource deployed to (or replicating its data to) a region outside the allowed regions. Off until
/// configured: with no allowed regions every resource is recorded as not applicable.
/// </summary>
public sealed class ResourceRegionNotAllowedPolicy : Policy<RegionalResource>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-GOV-002",
        Name = "aws-resource-allowed-region",
        Title = "AWS resource is deployed outside the allowed regions",
        Severity = Severity.High,
        Description = "The region of every regional AWS resource must be one of the allowed-regions setting. The region is the resource's own region argument (AWS provider v6), else the region of the provider configuration it uses (aliased providers, and providers inherited by or passed to modules, included); when neither sets it the provider takes it from the environment, and the result is unknown. The regions of DynamoDB global table replicas are checked too. Resources of global services (IAM, CloudFront, Route 53, Budgets, Global Accelerator, Organizations, WAF Classic) are not applicable. With no allowed regions configured the policy records not applicable. In CloudFormation: a template's resources are created in the region of the stack it is deployed as (AWS::Region), which the template does not name; it is the --region given to the scan, and a resource outside the allowed regions is reported at its logical id; without --region the region is chosen at deployment and every regional resource is unknown, never failed. The Region of each AWS::DynamoDB::GlobalTable replica is checked where it is written. Resources of the global services' CloudFormation types (AWS::IAM::*, AWS::CloudFront::*, AWS::Route53::*, AWS::Budgets::*, AWS::GlobalAccelerator::*, AWS::Organizations::*, AWS::WAF::*) are not applicable.",
        Rationale = "Where data is stored decides which law reaches it: personal data of EU residents may leave the EU only under the conditions of GDPR Chapter V, and many health-data contracts and national rules require in-country storage. A resource in an unapproved region is a transfer nobody assessed.",
        Remediation = "Set the provider's region (or the resource's region argument) to an allowed region, or use an aliased provider configured for one; deploy CloudFormation stacks to an allowed region and keep global table replicas in allowed regions; add a region to the allowed list only after the transfer has been assessed.",
        FixedExamples = Examples.Terraform("""
            provider "aws" {
              region = "eu-central-1"
            }
            """).AndCloudFormation("""
            # policyscan scan --region eu-central-1 template.yaml
            Resources:
              Orders:
                Type: AWS::DynamoDB::GlobalTable
                Properties:
                  AttributeDefinitions:
                    - AttributeName: id
                      AttributeType: S
                  KeySchema:
                    - AttributeName: id
                      KeyType: HASH
                  BillingMode: PAY_PER_REQUEST
                  StreamSpecification:
                    StreamViewType: NEW_AND_OLD_IMAGES
                  Replicas:
                    - Region: eu-central-1
                    - Region: eu-west-1
            """),
        Compliance = ["hipaa:164.308(a)(1)(ii)(B)", "gdpr:44", "nis2:21(2)(a)", "iso27001:5.34", "nist-ai-rmf:MAP-4.1"],
        ResourceTypes = ["aws_*", "aws_dynamodb_table", "AWS::*", "AWS::DynamoDB::GlobalTable"],
    };

    protected override void Check(RegionalResource resource, PolicyCheck check)
    {
        var allowed = check.Settings.AllowedRegions;
        if (allowed.IsEmpty)
        {
            check.NotApplicable("no allowed regions are configured (the allowed-regions setting is empty)");
            return;
        }

        if (resource.GlobalService is { } service)
        {
            check.NotApplicable($"{service} is a global service: its resources have no region");
            return;
        }

        var name = PolicyCheck.Describe(resource.Resource);
        var list = string.Join(", ", allowed);
        Judge(resource.Region, region => $"{name} is deployed to {region} (set by {resource.SourceDescription}), outside the allowed regions ({list})", $"{name} has no known region");
        foreach (var replica in resource.ReplicaRegions)
        {
            Judge(replica, region => $"{name} replicates its data to {region}, outside the allowed regions ({list})", $"{name} has a replica in an unknown region");
        }

        void Judge(Value region, Func<string, string> failure, string unknown)
        {
            if (region is UnknownValue undetermined)
            {
                check.Unknown(region, $"{unknown}: {undetermined.Reason}");
            }
            else if (region.AsString() is { } known && !allowed.Contains(known, StringComparer.OrdinalIgnoreCase))
            {
                check.Fail(region, failure(known));
            }
        }
    }
}
