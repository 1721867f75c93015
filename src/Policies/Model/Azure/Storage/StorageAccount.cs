using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Azure.Storage;

/// <summary>
/// An Azure storage account with the settings policies judge, whether written inside the account or in the resources
/// linked to it (containers, a separate network rule set). Each value keeps its own location; a value left out takes
/// the azurerm provider's documented default, located at the account's header.
/// </summary>
public sealed record StorageAccount : IModelObject
{
    public required Resource Resource { get; init; }

    /// <summary>The account name (globally unique; unknown when computed).</summary>
    public required Value Name { get; init; }

    /// <summary>
    /// Whether containers and blobs may opt into anonymous public access (<c>allow_nested_items_to_be_public</c>).
    /// When left out it is unknown: the provider's documented default differs between major versions.
    /// </summary>
    public required Value AllowsNestedPublicItems { get; init; }

    /// <summary>The containers of the account (linked by account name or id).</summary>
    public required ImmutableArray<StorageContainer> Containers { get; init; }

    /// <summary>Whether only HTTPS is accepted (<c>https_traffic_only_enabled</c>, v3 <c>enable_https_traffic_only</c>); true by default.</summary>
    public required Value HttpsTrafficOnly { get; init; }

    /// <summary>The minimum TLS version (<c>min_tls_version</c>); "TLS1_2" by default.</summary>
    public required Value MinimumTlsVersion { get; init; }

    /// <summary>Whether the public endpoint is reachable (<c>public_network_access_enabled</c>); true by default.</summary>
    public required Value PublicNetworkAccess { get; init; }

    /// <summary>Network rule sets: the inline <c>network_rules</c> block and linked <c>azurerm_storage_account_network_rules</c>.</summary>
    public required ImmutableArray<StorageNetworkRuleSet> NetworkRuleSets { get; init; }

    /// <summary>Whether requests may be authorised with the account keys (<c>shared_access_key_enabled</c>); true by default.</summary>
    public required Value SharedKeyAccess { get; init; }

    /// <summary>How messages name the account: its known name, or its address.</summary>
    public string DisplayName => Name.AsString() is { } name ? $"\"{name}\"" : $"\"{Resource.Address}\"";
}
