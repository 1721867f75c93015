using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Model.Aws.Secrets;

namespace PolicyScan.Policies.Aws.Secrets;

/// <summary>Says where a hard-coded secret is written, without ever showing it.</summary>
internal static class SecretLocation
{
    /// <summary>"as a literal" when the finding's location is the literal itself, else the file and line of the literal.</summary>
    public static string Describe(SecretAttribute secret, SourceRange reported)
    {
        var literal = secret.Literal!.Value;
        if (reported.Contains(literal))
        {
            return "as a literal";
        }

        return $"(the literal is at {literal.File!.Path}:{literal.StartPosition.Line})";
    }
}
