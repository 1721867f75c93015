using System.Globalization;

namespace PolicyScan.Parsers.Graph;

/// <summary>How numbers are read from and written to text, the way Terraform prints them (no trailing zeros).</summary>
public static class NumberFormat
{
    public static string Format(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text == "-0" ? "0" : text;
    }

    /// <summary>Parses a decimal number with optional exponent, as HCL, JSON and Terraform's tonumber accept.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // Beyond 28 significant digits decimal.TryParse still rounds; beyond its range it fails, where a
        // double can still say what the number is when it fits in decimal after all (e.g. "1e-40" is 0).
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && Math.Abs(d) < 7.9e28)
        {
            value = (decimal)d;
            return true;
        }

        return false;
    }
}
