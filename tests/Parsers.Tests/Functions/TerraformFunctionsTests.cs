using PolicyScan.Parsers.Hcl.Functions;

namespace PolicyScan.Parsers.Tests.Functions;

public class TerraformFunctionsTests
{
    private static readonly string[] Documented =
    [
        "abs", "ceil", "floor", "log", "max", "min", "parseint", "pow", "signum", "sum",
        "chomp", "endswith", "format", "formatlist", "indent", "join", "lower", "regex", "regexall", "replace", "split",
        "startswith", "strcontains", "strrev", "substr", "templatestring", "title", "trim", "trimprefix", "trimsuffix", "trimspace", "upper",
        "alltrue", "anytrue", "chunklist", "coalesce", "coalescelist", "compact", "concat", "contains", "distinct", "element", "flatten",
        "index", "keys", "length", "lookup", "matchkeys", "merge", "one", "range", "reverse", "setintersection", "setproduct",
        "setsubtract", "setunion", "slice", "sort", "transpose", "values", "zipmap",
        "base64decode", "base64encode", "base64gzip", "csvdecode", "jsondecode", "jsonencode", "textdecodebase64", "textencodebase64",
        "urlencode", "yamldecode", "yamlencode",
        "abspath", "basename", "dirname", "pathexpand", "file", "fileexists", "fileset", "filebase64", "templatefile",
        "base64sha256", "base64sha512", "filebase64sha256", "filebase64sha512", "filemd5", "filesha1", "filesha256", "filesha512",
        "md5", "sha1", "sha256", "sha512", "uuidv5", "bcrypt", "uuid", "rsadecrypt",
        "formatdate", "timeadd", "timecmp", "timestamp", "plantimestamp",
        "cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets",
        "tobool", "tolist", "tomap", "tonumber", "toset", "tostring", "sensitive", "nonsensitive", "issensitive", "ephemeralasnull",
    ];

    [Test]
    public void The_table_has_every_pure_documented_function_and_nothing_else()
    {
        Assert.That(TerraformFunctions.Table.Names, Is.EquivalentTo(Documented));
    }

    [Test]
    public void Try_and_can_are_left_to_the_evaluator()
    {
        Assert.That(TerraformFunctions.Table.TryGet("try", out _), Is.False);
        Assert.That(TerraformFunctions.Table.TryGet("can", out _), Is.False);
    }

    [Test]
    public void Only_functions_that_can_answer_despite_an_unknown_argument_accept_unknowns()
    {
        var accepting = TerraformFunctions.Table.Names.Where(n => TerraformFunctions.Table.TryGet(n, out var f) && f.AcceptsUnknown);

        Assert.That(accepting, Is.EquivalentTo(new[] { "coalesce", "coalescelist", "merge" }));
    }

    [Test]
    public void Overflow_becomes_a_function_error()
    {
        var huge = new PolicyScan.Parsers.Graph.NumberValue(decimal.MaxValue, default);

        Assert.That(Functions.Fails("sum", V.List(huge, huge)), Does.Contain("too large"));
    }
}
