using PolicyScan.Policies.Aws;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Azure.Storage;

namespace PolicyScan.Policies.Azure.Storage;

/// <summary>A storage account that still accepts TLS 1.0 or 1.1.</summary>
public sealed class StorageAccountMinimumTlsPolicy : Policy<StorageAccount>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AZ-STORAGE-003",
        Name = "azure-storage-minimum-tls",
        Title = "Storage account accepts TLS versions below 1.2",
        Severity = Severity.High,
        Description = "The account sets min_tls_version to \"TLS1_0\" or \"TLS1_1\". The provider's documentation (v3 and later) gives \"TLS1_2\" as the default for new accounts, so an account that leaves it out passes.",
        Rationale = "TLS 1.0 and 1.1 have known weaknesses and are deprecated; a client that negotiates them exposes data in transit to downgrade and interception attacks.",
        Remediation = "Set min_tls_version = \"TLS1_2\" (or remove it to take the default).",
        FixedExamples = Examples.Terraform("""
            resource "azurerm_storage_account" "phi" {
              name                     = "phirecords"
              resource_group_name      = azurerm_resource_group.phi.name
              location                 = azurerm_resource_group.phi.location
              account_tier             = "Standard"
              account_replication_type = "GRS"
              min_tls_version          = "TLS1_2"
            }
            """),
        Compliance = ["hipaa:164.312(e)(1)", "hipaa:164.312(e)(2)(ii)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "mcsb:DP-3", "mcsb:NS-8"],
        Related = ["checkov:CKV_AZURE_44", "tfsec:azure-storage-use-secure-tls-policy", "trivy:AVD-AZU-0011"],
        ResourceTypes = ["azurerm_storage_account"],
    };

    protected override void Check(StorageAccount account, PolicyCheck check) =>
        check.Require(
            account.MinimumTlsVersion,
            v => v.AsString() is not ("TLS1_0" or "TLS1_1"),
            $"Storage account {account.DisplayName} accepts {account.MinimumTlsVersion.AsString()} (minimum TLS version below 1.2)");
}
