using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Functions;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// The function environment of the spec suite: <c>hcldec</c> exposes no file functions to its input, so there is
/// no base directory, and a template function has nothing to render.
/// </summary>
internal sealed class NoFileAccess : IFunctionEnvironment
{
    public static readonly NoFileAccess Instance = new();

    public string? BaseDirectory => null;

    public Value RenderTemplate(string templateText, string templatePath, MapValue variables, SourceRange callRange) =>
        throw new FunctionException("hcldec input has no template files");
}
