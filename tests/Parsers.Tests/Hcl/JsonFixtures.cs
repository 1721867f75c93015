using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;
using HclAttribute = PolicyScan.Parsers.Hcl.Syntax.Attribute;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>Finds tests/fixtures/hcl-json from the test binaries (fixtures are read in place, not copied), and small tree helpers.</summary>
internal static class JsonFixtures
{
    public static SourceFile Load(string name) => new(name, File.ReadAllText(Fixtures.Path("hcl-json", name)));

    /// <summary>"line:column" where a range starts.</summary>
    public static string Start(SyntaxNode node) => node.Range.StartPosition.ToString();

    public static Block SingleBlock(Body body, string type, params string[] labels) =>
        body.BlocksOfType(type).Single(b => b.Labels.Select(l => l.Value).SequenceEqual(labels));

    public static HclAttribute Attribute(Body body, string name) =>
        body.FindAttribute(name) ?? throw new AssertionException($"no attribute \"{name}\" in the body at {body.Range}");
}
