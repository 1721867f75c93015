using PolicyScan.Policies.Aws;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Azure.Storage;

namespace PolicyScan.Policies.Azure.Storage;

/// <summary>A storage account that accepts plain HTTP.</summary>
public sealed class StorageAccountHttpsOnlyPolicy : Policy<StorageAccount>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AZ-STORAGE-002",
        Name = "azure-storage-https-only",
        Title = "Storage account accepts unencrypted HTTP requests",
        Severity = Severity.High,
        Description = "The account sets https_traffic_only_enabled (provider v4) or enable_https_traffic_only (v3) to false. Both default to true in the provider's documentation, so an account that leaves them out passes.",
        Rationale = "Over plain HTTP, blobs and the shared access signatures that authorise them cross the network in clear text, where they can be read or altered in transit.",
        Remediation = "Remove the setting or set https_traffic_only_enabled = true (enable_https_traffic_only = true with provider v3).",
        FixedExamples = Examples.Terraform("""
            resource "azurerm_storage_account" "phi" {
              name                       = "phirecords"
              resource_group_name        = azurerm_resource_group.phi.name
              location                   = azurerm_resource_group.phi.location
              account_tier               = "Standard"
              account_replication_type   = "GRS"
              https_traffic_only_enabled = true
            }
            """),
        Compliance = ["hipaa:164.312(e)(1)", "hipaa:164.312(e)(2)(ii)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24", "mcsb:DP-3"],
        Related = ["checkov:CKV_AZURE_3", "tfsec:azure-storage-enforce-https", "trivy:AVD-AZU-0008"],
        ResourceTypes = ["azurerm_storage_account"],
    };

    protected override void Check(StorageAccount account, PolicyCheck check) =>
        check.Require(account.HttpsTrafficOnly, v => !v.IsFalse, $"Storage account {account.DisplayName} accepts requests over plain HTTP");
}
