using System.Globalization;
using System.Text;

namespace PolicyScan.Cli.Output;

/// <summary>
/// One GitHub Actions workflow command (<c>::error file=main.tf,line=3,title=...::message</c>), escaped the way the
/// runner unescapes it (actions/toolkit's command.ts): in the message <c>%</c>, CR and LF become <c>%25</c>, <c>%0D</c>,
/// <c>%0A</c>; in a property value <c>:</c> and <c>,</c> also become <c>%3A</c>, <c>%2C</c>, since they delimit properties.
/// </summary>
internal static class WorkflowCommand
{
    /// <summary>The command line; properties with a null value are left out, the rest keep the order given.</summary>
    public static string Format(string command, IEnumerable<(string Name, object? Value)> properties, string message)
    {
        var builder = new StringBuilder("::").Append(command);
        var separator = ' ';
        foreach (var (name, value) in properties)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(separator).Append(name).Append('=').Append(EscapeProperty(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
            separator = ',';
        }

        return builder.Append("::").Append(EscapeData(message)).ToString();
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
