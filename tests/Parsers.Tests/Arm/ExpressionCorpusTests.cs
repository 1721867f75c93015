using System.Text.Json;
using PolicyScan.Parsers.Arm.Expressions;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Arm;

/// <summary>
/// Every expression string in ../shared/corpus/arm parses, and every function it calls is one the evaluator knows
/// (parameters and variables are answered with unknowns here: the template evaluator is not this unit's).
/// </summary>
public sealed class ExpressionCorpusTests
{
    private sealed class OpaqueContext : IArmEvaluationContext
    {
        public Value Parameter(string name, SourceRange range) => new UnknownValue("a parameter", range);

        public Value Variable(string name, SourceRange range) => new UnknownValue("a variable", range);

        public ArmUserFunction? UserFunction(string @namespace, string name) =>
            new(@namespace, name, [], new UnknownValue("a user-defined function", SourceRange.None));
    }

    [Test]
    public void Every_expression_of_the_ARM_corpus_parses_and_calls_known_functions()
    {
        var root = SharedCorpus.Corpus("arm");
        var problems = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var expressions = 0;
        foreach (var path in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                foreach (var text in Strings(document.RootElement))
                {
                    var parsed = ArmExpressionParser.ParseTemplateString(text);
                    if (!parsed.IsExpression)
                    {
                        continue;
                    }

                    expressions++;
                    if (parsed.Error is { } error)
                    {
                        problems.TryAdd(error.Message, $"{Path.GetRelativePath(root, path)}: {text}");
                        continue;
                    }

                    var evaluator = new ArmExpressionEvaluator(new OpaqueContext(), SourceRange.None);
                    evaluator.Evaluate(parsed.Expression!);
                    foreach (var unknown in evaluator.Errors.Where(e => e.Message.StartsWith("unknown function", StringComparison.Ordinal)))
                    {
                        problems.TryAdd(unknown.Message, $"{Path.GetRelativePath(root, path)}: {text}");
                    }
                }
            }
        }

        Assert.That(expressions, Is.GreaterThan(1000));
        Assert.That(problems.Select(p => $"{p.Key} (first in {p.Value})"), Is.Empty);
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().SelectMany(Strings))
                {
                    yield return item;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var item in Strings(property.Value))
                    {
                        yield return item;
                    }
                }

                break;
        }
    }
}
