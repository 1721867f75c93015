using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.Tests.Functions.Functions;
using static PolicyScan.Parsers.Tests.Functions.V;

namespace PolicyScan.Parsers.Tests.Functions;

public class FilesystemFunctionsTests
{
    private static readonly TestCaseData[] Results =
    [
        Case("basename", Str("baz.txt"), Str("foo/bar/baz.txt")),
        Case("basename", Str("bar"), Str("foo/bar/")),
        Case("basename", Str("."), Str("")),
        Case("basename", Str("/"), Str("///")),
        Case("dirname", Str("foo/bar"), Str("foo/bar/baz.txt")),
        Case("dirname", Str("."), Str("foo")),
        Case("dirname", Str("/"), Str("/foo")),
        Case("dirname", Str("a/c"), Str("a//b/../c/d")),
        Case("pathexpand", Str("/etc/resolv.conf"), Str("/etc/resolv.conf")),
        Case("file", Str("Hello World"), Str("hello.txt")),
        Case("fileexists", Bool(true), Str("hello.txt")),
        Case("fileexists", Bool(false), Str("missing.txt")),
        Case("filebase64", Str("SGVsbG8gV29ybGQ="), Str("hello.txt")),
        Case("filebase64", Str("//4AYmlu"), Str("binary.bin")),
        Case("fileset", Set(Str("a.txt")), Str("files"), Str("*.txt")),
        Case("fileset", Set(Str("a.txt"), Str("sub/c.txt"), Str("sub/deep/d.txt")), Str("files"), Str("**/*.txt")),
        Case("fileset", Set(Str("a.txt"), Str("b.json")), Str("files"), Str("{a,b}.{txt,json}")),
        Case("fileset", Set(Str("sub/c.txt"), Str("sub/deep/d.txt")), Str("files"), Str("sub/**")),
        Case("fileset", Set(Str("a.txt")), Str("files"), Str("[a-b].t?t")),
        Case("fileset", Set(), Str("no-such-directory"), Str("*")),
    ];

    private static readonly TestCaseData[] Errors =
    [
        Error("file", "no file exists at missing.txt", Str("missing.txt")),
        Error("file", "contents of binary.bin are not valid UTF-8; use the filebase64 function", Str("binary.bin")),
        Error("fileexists", "files is a directory, not a file", Str("files")),
        Error("templatefile", "no file exists at missing.tftpl", Str("missing.tftpl"), Obj()),
        Error("templatefile", "invalid template variable name \"1x\"", Str("greeting.tftpl"), Obj(("1x", Str("y")))),
        Error("fileset", "syntax error in pattern", Str("files"), Str("{a,b")),
        Error("file", "must not be null", Null),
    ];

    [TestCaseSource(nameof(Results))]
    public void Returns_the_documented_result(string function, Value[] arguments, Value expected) =>
        AssertValue(Call(function, arguments), expected);

    [TestCaseSource(nameof(Errors))]
    public void Rejects_invalid_arguments(string function, Value[] arguments, string message) =>
        Assert.That(Fails(function, arguments), Does.Contain(message));

    [Test]
    public void Abspath_resolves_against_the_module_directory_with_forward_slashes()
    {
        var result = (StringValue)Call("abspath", Str("files/a.txt"));

        Assert.That(result.Value, Is.EqualTo(Path.Combine(FixtureDirectory, "files", "a.txt").Replace('\\', '/')));
    }

    [Test]
    public void Pathexpand_of_a_home_relative_path_is_unknown()
    {
        Assert.That(Call("pathexpand", Str("~/.ssh/id_rsa")), Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void Relative_files_without_a_module_directory_are_unknown()
    {
        var environment = new TestEnvironment(null);

        Assert.That(Call(environment, "file", Str("hello.txt")), Is.InstanceOf<UnknownValue>());
        Assert.That(Call(environment, "fileexists", Str("hello.txt")), Is.InstanceOf<UnknownValue>());
        Assert.That(Call(environment, "filemd5", Str("hello.txt")), Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void Templatefile_reads_the_file_and_renders_it_with_the_variables()
    {
        var environment = new TestEnvironment(FixtureDirectory);
        var variables = Obj(("name", Str("world")));

        var result = Call(environment, "templatefile", Str("greeting.tftpl"), variables);

        AssertValue(result, Str("rendered"));
        var rendered = environment.Rendered.Single();
        Assert.That(rendered.Text, Is.EqualTo("Hello, ${name}!"));
        Assert.That(rendered.Path, Is.EqualTo(Path.Combine(FixtureDirectory, "greeting.tftpl")));
        AssertValue(rendered.Variables, variables);
        Assert.That(rendered.Range, Is.EqualTo(CallRange));
    }
}
