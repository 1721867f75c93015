using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Azure.Storage;

/// <summary>
/// Builds <see cref="StorageAccount"/> from Terraform's <c>azurerm_storage_account</c> (AzureRM provider v3 and v4),
/// with its <c>azurerm_storage_container</c>s and <c>azurerm_storage_account_network_rules</c> linked by reference
/// or by the account's literal name.
/// </summary>
public sealed class TerraformStorageAccountAdapter : IModelAdapter<StorageAccount>
{
    public ImmutableArray<StorageAccount> Build(AdapterContext context)
    {
        var accounts = ImmutableArray.CreateBuilder<StorageAccount>();
        foreach (var account in context.Resources("azurerm_storage_account").Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan))
        {
            var name = account["name"];

            // v3 links children by storage_account_name (the name, written or referenced); v4 by storage_account_id.
            IEnumerable<Resource> Linked(string type) =>
                context.Links.To(account, type, "storage_account_name", name)
                    .Concat(context.Links.To(account, type, "storage_account_id"))
                    .Distinct();

            var containers = Linked("azurerm_storage_container")
                .Select(c => new StorageContainer(c, c["name"], Defaults.Or(c["container_access_type"], c, "private")))
                .ToImmutableArray();

            var ruleSets = account["network_rules"].AsBlocks()
                .Select(block => new StorageNetworkRuleSet(account, Defaults.OrMissing(block["default_action"], account)))
                .Concat(Linked("azurerm_storage_account_network_rules")
                    .Select(rules => new StorageNetworkRuleSet(rules, Defaults.OrMissing(rules["default_action"], rules))))
                .ToImmutableArray();

            // v4 renamed enable_https_traffic_only to https_traffic_only_enabled; both default to true.
            var https = account["https_traffic_only_enabled"].IsAbsent ? account["enable_https_traffic_only"] : account["https_traffic_only_enabled"];

            accounts.Add(new StorageAccount
            {
                Resource = account,
                Name = name,
                AllowsNestedPublicItems = NestedPublicItems(account),
                Containers = containers,
                HttpsTrafficOnly = Defaults.Or(https, account, true),
                MinimumTlsVersion = Defaults.Or(account["min_tls_version"], account, "TLS1_2"),
                PublicNetworkAccess = Defaults.Or(account["public_network_access_enabled"], account, true),
                NetworkRuleSets = ruleSets,
                SharedKeyAccess = Defaults.Or(account["shared_access_key_enabled"], account, true),
            });
        }

        return accounts.ToImmutable();
    }

    /// <summary>
    /// <c>allow_nested_items_to_be_public</c> as written; when left out, unknown (located at the account's header),
    /// because the provider's documentation gives it a default of true in v3 and of false in later releases, and the
    /// provider version a configuration will run with is not known statically.
    /// </summary>
    private static Value NestedPublicItems(Resource account)
    {
        var written = account["allow_nested_items_to_be_public"];
        return written.IsAbsent
            ? new UnknownValue("allow_nested_items_to_be_public is left out, and its default depends on the azurerm provider version (true in v3)", account.DeclarationRange)
            : written;
    }
}
