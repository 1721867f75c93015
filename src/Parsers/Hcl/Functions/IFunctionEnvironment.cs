using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>What functions may ask of the world: the module directory for <c>file()</c> and friends, and template rendering.</summary>
public interface IFunctionEnvironment
{
    /// <summary>The directory relative paths are resolved against (<c>path.module</c>), or null when there is none.</summary>
    string? BaseDirectory { get; }

    /// <summary>Parses <paramref name="templateText"/> as an HCL template and evaluates it with only <paramref name="variables"/> in scope.</summary>
    Value RenderTemplate(string templateText, string templatePath, MapValue variables, SourceRange callRange);
}
