using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Aws;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Azure.Storage;

namespace PolicyScan.Policies.Azure.Storage;

/// <summary>A storage account reachable from public networks without a network rule set that denies by default.</summary>
public sealed class StorageAccountNetworkDefaultDenyPolicy : Policy<StorageAccount>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AZ-STORAGE-004",
        Name = "azure-storage-network-default-deny",
        Title = "Storage account is open to public networks without a default-deny network rule",
        Severity = Severity.High,
        Description = "public_network_access_enabled is true (the provider's default when left out) and neither the account's inline network_rules block nor a linked azurerm_storage_account_network_rules (by storage_account_id, or storage_account_name) sets default_action = \"Deny\". A rule set that allows by default is reported at its default_action; otherwise the finding points at public_network_access_enabled, or the account header when it is left out.",
        Rationale = "With public access on and no default-deny rule, the account's endpoint accepts connections from any address on the internet; a leaked key or SAS token is then usable from anywhere.",
        Remediation = "Set public_network_access_enabled = false and reach the account through private endpoints, or add network_rules { default_action = \"Deny\" } that allow only the networks and addresses that need access.",
        FixedExamples = Examples.Terraform("""
            resource "azurerm_storage_account" "phi" {
              name                          = "phirecords"
              resource_group_name           = azurerm_resource_group.phi.name
              location                      = azurerm_resource_group.phi.location
              account_tier                  = "Standard"
              account_replication_type      = "GRS"
              public_network_access_enabled = true

              network_rules {
                default_action             = "Deny"
                virtual_network_subnet_ids = [azurerm_subnet.app.id]
              }
            }
            """),
        Compliance = ["hipaa:164.312(a)(1)", "hipaa:164.312(e)(1)", "gdpr:32(1)(b)", "nis2:21(2)(e)", "iso27001:8.20", "iso27001:8.22", "mcsb:NS-2"],
        Related = ["checkov:CKV_AZURE_35", "checkov:CKV_AZURE_59", "tfsec:azure-storage-default-action-deny", "trivy:AVD-AZU-0012"],
        ResourceTypes = ["azurerm_storage_account", "azurerm_storage_account_network_rules"],
    };

    protected override void Check(StorageAccount account, PolicyCheck check)
    {
        var publicAccess = account.PublicNetworkAccess;
        if (publicAccess.IsFalse || account.NetworkRuleSets.Any(r => r.DeniesByDefault))
        {
            return;
        }

        if (publicAccess.IsUnknown)
        {
            check.Unknown(publicAccess, $"Storage account {account.DisplayName}: public network access is unknown ({((UnknownValue)publicAccess).Reason}) and no network rule set denies by default");
            return;
        }

        if (account.NetworkRuleSets.FirstOrDefault(r => r.DefaultAction.IsUnknown) is { } unknown)
        {
            check.Unknown(unknown.DefaultAction, $"Storage account {account.DisplayName} is open to public networks and the default action of its network rules is unknown ({((UnknownValue)unknown.DefaultAction).Reason})");
            return;
        }

        if (account.NetworkRuleSets.FirstOrDefault(r => r.DefaultAction.IsKnown) is { } allowing)
        {
            check.Fail(allowing.DefaultAction, $"Storage account {account.DisplayName} is open to public networks and its network rules allow by default (default_action = \"{allowing.DefaultAction.AsString()}\")");
            return;
        }

        check.Fail(publicAccess, $"Storage account {account.DisplayName} is open to public networks and has no network rules denying by default");
    }
}
