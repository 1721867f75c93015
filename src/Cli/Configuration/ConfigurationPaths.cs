using System.Text;

namespace PolicyScan.Cli.Configuration;

/// <summary>Names a place in the configuration as users read it: <c>'suppressions[0].expires'</c> for <c>/suppressions/0/expires</c>.</summary>
internal static class ConfigurationPaths
{
    public static string Display(string pointer) => pointer.Length == 0 ? "the configuration" : $"'{Dotted(pointer)}'";

    private static string Dotted(string pointer)
    {
        var text = new StringBuilder();
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
            {
                text.Append('[').Append(segment).Append(']');
            }
            else
            {
                text.Append(text.Length == 0 ? string.Empty : ".").Append(segment);
            }
        }

        return text.ToString();
    }
}
