using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Functions;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Functions;

/// <summary>Builds argument values and calls functions through <see cref="TerraformFunctions.Table"/>.</summary>
internal static class V
{
    public static StringValue Str(string value) => new(value, SourceRange.None);

    public static NumberValue Num(decimal value) => new(value, SourceRange.None);

    public static BoolValue Bool(bool value) => new(value, SourceRange.None);

    public static NullValue Null => new(SourceRange.None);

    public static UnknownValue Unknown(string address = "aws_s3_bucket.b") =>
        new("computed", SourceRange.None, [new ReferenceTarget(address, "id")]);

    public static ListValue Tuple(params Value[] items) => new([.. items], SourceRange.None, SequenceShape.Tuple);

    public static ListValue List(params Value[] items) => new([.. items], SourceRange.None, SequenceShape.List);

    public static ListValue Set(params Value[] items) => new([.. items], SourceRange.None, SequenceShape.Set);

    public static ListValue Strs(params string[] items) => List([.. items.Select(s => (Value)Str(s))]);

    public static ListValue Nums(params decimal[] items) => List([.. items.Select(n => (Value)Num(n))]);

    public static MapValue Obj(params (string Key, Value Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<string, Value>(e.Key, e.Value)), SourceRange.None, MappingShape.Object);

    public static MapValue Map(params (string Key, Value Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<string, Value>(e.Key, e.Value)), SourceRange.None, MappingShape.Map);
}

/// <summary>A function environment over the fixture folder whose template rendering records what it was given.</summary>
internal sealed class TestEnvironment(string? baseDirectory) : IFunctionEnvironment
{
    public string? BaseDirectory { get; } = baseDirectory;

    public List<(string Text, string Path, MapValue Variables, SourceRange Range)> Rendered { get; } = [];

    public Value RenderTemplate(string templateText, string templatePath, MapValue variables, SourceRange callRange)
    {
        Rendered.Add((templateText, templatePath, variables, callRange));
        return new StringValue("rendered", callRange);
    }
}

internal static class Functions
{
    public static readonly SourceFile CallFile = new("main.tf", "x = f()");

    public static readonly SourceRange CallRange = new(CallFile, new TextSpan(4, 7));

    public static string FixtureDirectory { get; } = Fixtures.Path("functions");

    public static Value Call(string name, params Value[] arguments) => Call(new TestEnvironment(FixtureDirectory), name, arguments);

    public static Value Call(TestEnvironment environment, string name, params Value[] arguments)
    {
        Assert.That(TerraformFunctions.Table.TryGet(name, out var function), Is.True, $"{name} is not in the table");
        Assert.That(arguments, Has.Length.GreaterThanOrEqualTo(function.MinArguments));
        if (function.MaxArguments >= 0)
        {
            Assert.That(arguments, Has.Length.LessThanOrEqualTo(function.MaxArguments));
        }

        return function.Body(new FunctionInvocation(name, [.. arguments], CallRange, environment));
    }

    public static string Fails(string name, params Value[] arguments)
    {
        var exception = Assert.Throws<FunctionException>(() => Call(name, arguments));
        return exception!.Message;
    }

    /// <summary>Compares structurally (ValueEquality) and shows both values when they differ.</summary>
    public static void AssertValue(Value actual, Value expected)
    {
        Assert.That(ValueEquality.Instance.Equals(actual, expected), Is.True, $"expected {expected} but got {actual}");
    }

    public static TestCaseData Case(string name, Value expected, params Value[] arguments) =>
        new TestCaseData(name, arguments, expected).SetName($"{name}({string.Join(", ", arguments.Select(a => a.ToString()))}) is {Short(expected.ToString())}");

    public static TestCaseData Error(string name, string message, params Value[] arguments) =>
        new TestCaseData(name, arguments, message).SetName($"{name}({string.Join(", ", arguments.Select(a => a.ToString()))}) fails: {Short(message)}");

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    public static ImmutableArray<Value> Items(Value value) => ((ListValue)value).Items;
}
