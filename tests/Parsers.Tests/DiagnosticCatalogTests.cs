using System.Text.RegularExpressions;
using PolicyScan.Parsers.Diagnostics;

namespace PolicyScan.Parsers.Tests;

public sealed partial class DiagnosticCatalogTests
{
    [Test]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(codes, Is.Unique);
            Assert.That(codes, Has.Count.GreaterThan(50));
            Assert.That(codes, Has.All.Matches(CodePattern()));
        });
    }

    [Test]
    public void Every_message_reads_as_a_sentence_fragment_without_a_final_period()
    {
        Assert.That(DiagnosticCatalog.All.Where(d => d.MessageFormat.EndsWith('.') || d.MessageFormat.Length == 0).Select(d => d.Code), Is.Empty);
    }

    [GeneratedRegex("^(PS0|HCL[1-4]|JSON1|TF5|CFN6|PLAN7)[0-9]{3}$")]
    private static partial Regex CodePattern();
}
