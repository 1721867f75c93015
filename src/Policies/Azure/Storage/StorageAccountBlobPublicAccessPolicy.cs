using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Aws;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Azure.Storage;

namespace PolicyScan.Policies.Azure.Storage;

/// <summary>A storage account that lets containers and blobs be read anonymously, or a container that is.</summary>
public sealed class StorageAccountBlobPublicAccessPolicy : Policy<StorageAccount>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AZ-STORAGE-001",
        Name = "azure-storage-blob-public-access",
        Title = "Storage account allows anonymous public access to blobs",
        Severity = Severity.Critical,
        Description = "The account sets allow_nested_items_to_be_public = true, or one of its azurerm_storage_container resources (linked by storage_account_name or storage_account_id) sets container_access_type to \"blob\" or \"container\" while the account does not explicitly disallow public access (Azure rejects a public container on an account that disallows it, so such a container deploys only where it is public). When allow_nested_items_to_be_public is left out the result is unknown, not a pass or a failure: the provider documents a default of true in v3 and of false in later documentation, and the provider version is not known from the configuration. Write the value explicitly.",
        Rationale = "An anonymous container can be listed and read by anyone on the internet who guesses the account and container names; one mistaken container setting then publishes patient records.",
        Remediation = "Set allow_nested_items_to_be_public = false on the account and leave container_access_type at \"private\".",
        FixedExamples = Examples.Terraform("""
            resource "azurerm_storage_account" "phi" {
              name                            = "phirecords"
              resource_group_name             = azurerm_resource_group.phi.name
              location                        = azurerm_resource_group.phi.location
              account_tier                    = "Standard"
              account_replication_type        = "GRS"
              allow_nested_items_to_be_public = false
            }

            resource "azurerm_storage_container" "records" {
              name                  = "records"
              storage_account_id    = azurerm_storage_account.phi.id
              container_access_type = "private"
            }
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.308(a)(4)(ii)(C)", "gdpr:25(2)", "gdpr:32(1)(b)", "nis2:21(2)(i)", "iso27001:8.3", "iso27001:8.12"],
        Related = ["checkov:CKV_AZURE_190", "checkov:CKV_AZURE_34", "tfsec:azure-storage-no-public-access", "trivy:AVD-AZU-0007"],
        ResourceTypes = ["azurerm_storage_account", "azurerm_storage_container"],
    };

    protected override void Check(StorageAccount account, PolicyCheck check)
    {
        var allows = account.AllowsNestedPublicItems;
        if (allows.IsTrue)
        {
            check.Fail(allows, $"Storage account {account.DisplayName} lets containers and blobs opt into anonymous public access");
        }
        else if (allows.IsUnknown)
        {
            check.Unknown(allows, $"Storage account {account.DisplayName}: whether containers may be public is unknown ({((UnknownValue)allows).Reason})");
        }

        if (allows.IsFalse)
        {
            return;
        }

        foreach (var container in account.Containers)
        {
            if (container.IsPublic)
            {
                check.Fail(container.AccessType, $"Container {Describe(container)} of storage account {account.DisplayName} is readable anonymously (container_access_type = \"{container.AccessType.AsString()}\")");
            }
            else if (container.AccessType.IsUnknown)
            {
                check.Unknown(container.AccessType, $"Container {Describe(container)} of storage account {account.DisplayName}: container_access_type is unknown ({((UnknownValue)container.AccessType).Reason})");
            }
        }
    }

    private static string Describe(StorageContainer container) =>
        container.Name.AsString() is { } name ? $"\"{name}\"" : $"\"{container.Resource.Address}\"";
}
