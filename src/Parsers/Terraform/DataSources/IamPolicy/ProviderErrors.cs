namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>
/// Errors the provider (or Terraform's schema validation) would stop the plan with. The document then has
/// no JSON to show, but reading goes on so that the structured statements stay available to policies.
/// </summary>
internal sealed class ProviderErrors
{
    private readonly List<string> messages = [];

    public IReadOnlyList<string> Messages => messages;

    public void Add(string message) => messages.Add(message);
}
