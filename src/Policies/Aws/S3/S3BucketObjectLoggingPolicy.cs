using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.CloudTrail;
using PolicyScan.Policies.Model.Aws.S3;

namespace PolicyScan.Policies.Aws.S3;

/// <summary>
/// A bucket whose object reads and writes no trail of the same configuration logs as data events. It reads two models
/// (buckets and trails), so it derives from <see cref="Policy"/> and walks the buckets itself.
/// </summary>
public sealed class S3BucketObjectLoggingPolicy : Policy
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-S3-007",
        Name = "s3-bucket-object-logging-cloudtrail",
        Title = "S3 bucket object-level operations are not logged by CloudTrail",
        Severity = Severity.Medium,
        Description = "No trail with logging on in the same configuration selects the bucket's AWS::S3::Object data events for both reads and writes: by an event_selector data_resource whose values include \"arn:aws:s3\", \"arn:aws:s3:::\" or the bucket's object prefix \"arn:aws:s3:::<name>/\" (\"${aws_s3_bucket.x.arn}/\"), or by an advanced_event_selector with resources.type = AWS::S3::Object whose resources.ARN starts_with (if any) covers every object of the bucket. In CloudFormation the same holds for AWS::CloudTrail::Trail EventSelectors DataResources Values and AdvancedEventSelectors FieldSelectors (Field resources.ARN, StartsWith), with the bucket's object prefix written !Sub \"${Bucket.Arn}/\" or !Sub \"arn:aws:s3:::${Bucket}/\"; a trail without IsLogging (required) gives unknown. A prefix inside the bucket covers only part of it and does not count; a value known only after apply gives unknown.",
        Rationale = "Management events do not show who read or deleted which object; for a bucket of patient data only object-level events show which records were accessed, which a breach assessment needs.",
        Remediation = "Add an event_selector (or advanced_event_selector) for AWS::S3::Object data events covering the bucket, read and write, to a trail that is logging.",
        FixedExamples = Examples.Terraform("""
            resource "aws_cloudtrail" "audit" {
              name                  = "audit"
              s3_bucket_name        = aws_s3_bucket.audit_logs.id
              is_multi_region_trail = true

              event_selector {
                read_write_type           = "All"
                include_management_events = true

                data_resource {
                  type   = "AWS::S3::Object"
                  values = ["${aws_s3_bucket.phi.arn}/"]
                }
              }
            }
            """).AndCloudFormation("""
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              AuditTrail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  TrailName: audit
                  S3BucketName: !Ref AuditLogs
                  IsLogging: true
                  IsMultiRegionTrail: true
                  EventSelectors:
                    - ReadWriteType: All
                      IncludeManagementEvents: true
                      DataResources:
                        - Type: AWS::S3::Object
                          Values:
                            - !Sub "${PhiBucket.Arn}/"
            """),
        Compliance = ["hipaa:164.312(b)", "hipaa:164.308(a)(1)(ii)(D)", "gdpr:32(1)(b)", "gdpr:33", "nis2:21(2)(b)", "iso27001:8.15"],
        Related = ["trivy:AVD-AWS-0171", "trivy:AVD-AWS-0172"],
        ResourceTypes = ["aws_s3_bucket", "aws_cloudtrail", "AWS::S3::Bucket", "AWS::CloudTrail::Trail"],
    };

    public override void Evaluate(PolicyContext context)
    {
        var trails = context.Model.Get<CloudTrailTrail>();
        foreach (var bucket in context.Model.Get<S3Bucket>().Where(b => Metadata.Supports(b.Resource.Format)))
        {
            var check = context.CheckFor(Metadata, bucket.Resource);
            Check(bucket, S3ObjectLogging.Of(bucket.Resource, bucket.Name, trails, context.Graph), check);
            check.Complete();
        }
    }

    private static void Check(S3Bucket bucket, S3ObjectLoggingCoverage coverage, PolicyCheck check)
    {
        var name = S3BucketPublicAclPolicy.Name(bucket);
        if (coverage.Reads == CoverageLevel.Yes && coverage.Writes == CoverageLevel.Yes)
        {
            return;
        }

        if (coverage.Reads != CoverageLevel.No && coverage.Writes != CoverageLevel.No)
        {
            check.Unknown(coverage.Uncertain!, $"Bucket {name}: whether a trail logs its object-level events depends on a value known only after apply");
            return;
        }

        var header = new MissingValue(bucket.Resource.DeclarationRange);
        var disabled = coverage.DisabledTrails.IsEmpty ? string.Empty : $" (trail {coverage.DisabledTrails[0].DisplayName} selects it but has logging turned off)";
        var message = (coverage.Reads, coverage.Writes) switch
        {
            (CoverageLevel.No, CoverageLevel.No) => $"Bucket {name} is not covered by any trail's object-level (data event) logging{disabled}",
            (CoverageLevel.No, _) => $"Bucket {name}: object reads are not logged by any trail (only writes are selected){disabled}",
            _ => $"Bucket {name}: object writes are not logged by any trail (only reads are selected){disabled}",
        };
        check.Fail(header, message);
    }
}
