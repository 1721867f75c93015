using PolicyScan.Policies.Aws;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Azure.Storage;

namespace PolicyScan.Policies.Azure.Storage;

/// <summary>A storage account that accepts requests signed with its account keys.</summary>
public sealed class StorageAccountSharedKeyAccessPolicy : Policy<StorageAccount>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AZ-STORAGE-005",
        Name = "azure-storage-shared-key-access",
        Title = "Storage account allows shared key authorization",
        Severity = Severity.Medium,
        Description = "shared_access_key_enabled is true, which is the provider's documented default when it is left out: requests (and shared access signatures derived from the account keys) are then authorised by the two account keys rather than only by Microsoft Entra ID identities.",
        Rationale = "An account key grants full access to all data in the account, is shared by everyone who holds it, and its use cannot be attributed to a person; Entra ID authorisation gives individual, revocable and audited access.",
        Remediation = "Set shared_access_key_enabled = false and grant access through Entra ID role assignments (with storage_use_azuread = true in the provider block so Terraform itself uses Entra ID).",
        FixedExamples = Examples.Terraform("""
            resource "azurerm_storage_account" "phi" {
              name                      = "phirecords"
              resource_group_name       = azurerm_resource_group.phi.name
              location                  = azurerm_resource_group.phi.location
              account_tier              = "Standard"
              account_replication_type  = "GRS"
              shared_access_key_enabled = false
            }
            """),
        Compliance = ["hipaa:164.312(a)(2)(i)", "hipaa:164.312(d)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:5.17", "iso27001:8.5", "mcsb:IM-1"],
        Related = ["checkov:CKV2_AZURE_40"],
        ResourceTypes = ["azurerm_storage_account"],
    };

    protected override void Check(StorageAccount account, PolicyCheck check) =>
        check.Require(account.SharedKeyAccess, v => v.IsFalse, $"Storage account {account.DisplayName} accepts requests authorised with its shared account keys");
}
