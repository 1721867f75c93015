using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Secrets;

namespace PolicyScan.Policies.Aws.Secrets;

/// <summary>An AWS provider block with an access key, secret key or session token written in the configuration.</summary>
public sealed class ProviderHardCodedCredentialsPolicy : Policy<ProviderConfiguration>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-SECRETS-002",
        Name = "provider-hard-coded-credentials",
        Title = "AWS provider credentials are hard-coded in the configuration",
        Severity = Severity.Critical,
        Description = "A provider \"aws\" block sets access_key, secret_key or token to a string literal in the .tf files: written in the block, in a local, in the literal default of a root module variable (when the value used is that default), or in the argument of the module block that passes it. Values from .tfvars files, the environment, the command line or unset variables are not reported. The credential itself is never printed.",
        Rationale = "AWS keys committed to a repository are found by automated scanners within minutes of being pushed anywhere public, and give whoever finds them the permissions of the deploying identity, typically enough to read or destroy every store of patient data in the account.",
        Remediation = "Remove the keys from the provider block and let the provider find credentials itself: an assumed role (assume_role), a named profile, environment variables, SSO, or the CI system's OIDC federation. Deactivate and rotate the committed keys at once.",
        FixedExamples = Examples.Terraform("""
            provider "aws" {
              region = "eu-west-1"
              assume_role {
                role_arn = "arn:aws:iam::123456789012:role/terraform-deploy"
              }
            }
            """),
        Compliance = ["hipaa:164.312(d)", "hipaa:164.308(a)(5)(ii)(D)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.17"],
        Related = ["checkov:CKV_AWS_41"],
        ResourceTypes = ["provider"],
    };

    protected override void Check(ProviderConfiguration provider, PolicyCheck check)
    {
        foreach (var credential in provider.Credentials.Where(c => c.IsHardCoded))
        {
            check.Fail(credential.Value, $"Provider \"{provider.Config.LocalAddress}\" has its {credential.Name} hard-coded {SecretLocation.Describe(credential, check.LocationOf(credential.Value))}");
        }
    }
}
