using System.Text.RegularExpressions;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// Compares a decoded value with a <c>.t</c> file's expected one, structurally: object and map keys, sequence
/// elements, primitives. Strings compare by code points. spec.md defines string equality through NFC normalization,
/// but Go's implementation hands out every string already in NFC, which is what the <c>.t</c> files write, and this
/// process cannot normalize anyway: PolicyScan runs with InvariantGlobalization, where <c>string.Normalize</c> has no
/// Unicode data and returns its input unchanged. Numbers are compared exactly, with one documented exception, see
/// <see cref="NumbersMatch"/>.
/// </summary>
internal static partial class ValueComparison
{
    /// <summary>The most significant digits a <see cref="decimal"/> (our <see cref="NumberValue"/>) holds exactly.</summary>
    private const int DecimalSignificantDigits = 28;

    /// <summary>The relative tolerance for an expectation written with more digits than that.</summary>
    private const decimal RelativeTolerance = 1e-27m;

    /// <summary>Each difference, with the path where it is (<c>.equality["=="].not</c>); empty when the values match.</summary>
    public static IReadOnlyList<string> Differences(Value actual, Value expected)
    {
        var differences = new List<string>();
        Compare(actual, expected, "result", differences);
        return differences;
    }

    private static void Compare(Value actual, Value expected, string path, List<string> differences)
    {
        switch (actual, expected)
        {
            case (NullValue, NullValue):
                return;
            case (BoolValue a, BoolValue e) when a.Value == e.Value:
                return;
            case (StringValue a, StringValue e) when string.Equals(a.Value, e.Value, StringComparison.Ordinal):
                return;
            case (NumberValue a, NumberValue e) when NumbersMatch(a, e):
                return;
            case (ListValue a, ListValue e) when a.Count == e.Count:
                for (var i = 0; i < a.Count; i++)
                {
                    Compare(a.Items[i], e.Items[i], $"{path}[{i}]", differences);
                }

                return;
            case (MapValue a, MapValue e):
                foreach (var key in e.Keys.Except(a.Keys, StringComparer.Ordinal))
                {
                    differences.Add($"{path}: expected key \"{key}\" is missing");
                }

                foreach (var key in a.Keys.Except(e.Keys, StringComparer.Ordinal))
                {
                    differences.Add($"{path}: unexpected key \"{key}\"");
                }

                foreach (var (key, item) in a.Entries)
                {
                    if (e.TryGetValue(key, out var expectedItem))
                    {
                        Compare(item, expectedItem, $"{path}[\"{key}\"]", differences);
                    }
                }

                return;
            default:
                differences.Add($"{path}: expected {Describe(expected)} but got {Describe(actual)}");
                return;
        }
    }

    /// <summary>
    /// Exact, except where the expectation is written with more significant digits than a decimal holds (HCL numbers
    /// are arbitrary-precision, and Go's runner computes with 512-bit floats): both sides are then necessarily rounded
    /// to about 28 digits, so they must agree to a relative 1e-27, one unit beyond what a decimal can represent. The
    /// digits are counted in the expectation's source text, which the evaluated literal still points at.
    /// </summary>
    private static bool NumbersMatch(NumberValue actual, NumberValue expected)
    {
        if (actual.Value == expected.Value)
        {
            return true;
        }

        if (SignificantDigits(expected.Range.Text) <= DecimalSignificantDigits)
        {
            return false;
        }

        return Math.Abs(actual.Value - expected.Value) <= Math.Abs(expected.Value) * RelativeTolerance;
    }

    /// <summary>The significant digits of a number literal (<c>-0.0120</c> has 2); zero for text that is no number literal.</summary>
    private static int SignificantDigits(string literal)
    {
        var match = NumberLiteral().Match(literal.Trim());
        if (!match.Success)
        {
            return 0;
        }

        var digits = (match.Groups["whole"].Value + match.Groups["fraction"].Value).TrimStart('0').TrimEnd('0');
        return digits.Length;
    }

    private static string Describe(Value value) => value switch
    {
        UnknownValue unknown => $"an unknown value ({unknown.Reason})",
        _ => $"{value.Kind.ToString().ToLowerInvariant()} {ValueDisplay.Format(value)}",
    };

    [GeneratedRegex(@"^-?(?<whole>[0-9]+)(\.(?<fraction>[0-9]+))?([eE][+-]?[0-9]+)?$")]
    private static partial Regex NumberLiteral();
}
