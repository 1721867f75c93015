using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Azure.Storage;

/// <summary>
/// A storage network rule set: the account's inline <c>network_rules</c> block or a linked
/// <c>azurerm_storage_account_network_rules</c> (<paramref name="Source"/> is the resource that writes it).
/// </summary>
public sealed record StorageNetworkRuleSet(Resource Source, Value DefaultAction)
{
    /// <summary>Whether the rule set is known to deny what no rule allows.</summary>
    public bool DeniesByDefault => DefaultAction.AsString() is "Deny";
}
