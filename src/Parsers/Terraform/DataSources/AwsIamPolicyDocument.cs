using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform.DataSources.IamPolicy;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.DataSources;

/// <summary>
/// Evaluates <c>data "aws_iam_policy_document"</c> offline, as terraform-provider-aws does when it reads the
/// data source (internal/service/iam/policy_document_data_source.go and policy_model.go), so that policies
/// can read the document a bucket or role policy is given.
/// <para>
/// Added attributes:
/// <list type="bullet">
/// <item><c>json</c>: the provider's pretty-printed JSON (Go's <c>json.MarshalIndent</c> with two spaces).</item>
/// <item><c>minified_json</c>: the same document without whitespace.</item>
/// <item><c>statements</c>: the merged document as values, always available. Both JSON attributes are an
/// <see cref="UnknownValue"/> when anything they would contain is unknown (combining the references of all
/// those unknowns) or when the provider would reject the arguments (the reason says why).</item>
/// </list>
/// </para>
/// <para>
/// <c>statements</c> is a list, in the merged document's order (source documents, then this document's
/// statements, then override documents, statements with the same sid replacing each other in place). Each
/// element is an object with <c>effect</c> ("Allow", defaulted, when not written), <c>sid</c> (only when not
/// empty), <c>actions</c>, <c>not_actions</c>, <c>resources</c>, <c>not_resources</c> (lists of strings, in
/// written order without duplicates, <c>&amp;{</c> already turned into <c>${</c>), <c>principals</c> and
/// <c>not_principals</c> (lists of <c>{type, identifiers}</c>; a JSON <c>"Principal": "*"</c> reads as
/// <c>{type = "*", identifiers = ["*"]}</c>) and <c>conditions</c> (lists of <c>{test, variable, values}</c>).
/// A list that is not written is empty (origin defaulted, located at the statement). An element that cannot be
/// known stays an <see cref="UnknownValue"/> in its list; a whole list that cannot be known is the unknown
/// itself; a statement that cannot be known (from an unknown source or override document, or an unknown
/// <c>statement</c> list) is an <see cref="UnknownValue"/> element of <c>statements</c>, and an unknown override
/// document may replace earlier statements by sid. Values written in HCL keep their source ranges; values
/// read from a source or override JSON string are located at that string.
/// </para>
/// <para>Never throws: null or absent arguments are left out; a value of the wrong type becomes an unknown.</para>
/// </summary>
public static class AwsIamPolicyDocument
{
    public static MapValue Evaluate(MapValue attributes, SourceRange blockRange)
    {
        var errors = new ProviderErrors();
        var merged = new PolicyDocument();
        MergeSources(attributes, merged, errors);
        merged.Merge(new HclDocumentReader(errors).Read(attributes, blockRange));
        foreach (var (argument, value) in JsonArguments(attributes, "override_policy_documents"))
        {
            MergeJson(merged, value, argument, errors);
        }

        // The deprecated override_json was applied after override_policy_documents (provider v3 and v4);
        // provider v5 accepts it only empty, which is also what "not set" means here.
        if (Single(attributes, "override_json") is { } overrideJson)
        {
            MergeJson(merged, overrideJson, "override_json", errors);
        }

        var builder = new PolicyJsonBuilder();
        var tree = builder.Build(merged);
        // An unknown json keeps the statements as its partial value, so the known parts can still be judged.
        var statements = StatementsView.Build(merged, blockRange);
        return attributes
            .SetItem("json", WithStatements(Rendered(GoJsonWriter.Write(tree, indented: true), builder, errors, blockRange), statements))
            .SetItem("minified_json", WithStatements(Rendered(GoJsonWriter.Write(tree, indented: false), builder, errors, blockRange), statements))
            .SetItem("statements", statements);
    }

    /// <summary>
    /// The deprecated source_json becomes the start of the document as it is (provider v3 and v4), then
    /// source_policy_documents merge in order; their sids must be unique among them.
    /// </summary>
    private static void MergeSources(MapValue attributes, PolicyDocument merged, ProviderErrors errors)
    {
        if (Single(attributes, "source_json") is { } sourceJson)
        {
            var source = ReadJson(sourceJson, "source_json", errors);
            merged.Version = source.Version;
            merged.Id = source.Id;
            merged.Statements.AddRange(source.Statements);
        }

        var sids = new HashSet<string>(merged.Statements.Select(statement => statement.KnownSid).OfType<string>(), StringComparer.Ordinal);
        foreach (var (argument, value) in JsonArguments(attributes, "source_policy_documents"))
        {
            var source = ReadJson(value, argument, errors);
            foreach (var sid in source.Statements.Select(statement => statement.KnownSid).OfType<string>())
            {
                if (!sids.Add(sid))
                {
                    errors.Add($"duplicate Sid ({sid}) in source_policy_documents ({argument})");
                }
            }

            merged.Merge(source);
        }
    }

    private static void MergeJson(PolicyDocument merged, Value value, string argument, ProviderErrors errors) =>
        merged.Merge(ReadJson(value, argument, errors));

    /// <summary>A JSON document argument; an unknown or unreadable one is a document with one unknown statement.</summary>
    private static PolicyDocument ReadJson(Value value, string argument, ProviderErrors errors)
    {
        if (value is StringValue text && new PolicyJsonReader(errors, argument, value.Range).Read(text.Value) is { } read)
        {
            return read;
        }

        var unknown = value switch
        {
            UnknownValue u => u,
            StringValue => new UnknownValue($"{argument} is not a policy document the provider can read", value.Range),
            _ => new UnknownValue($"{argument} is not a string", value.Range),
        };
        var document = new PolicyDocument();
        document.Statements.Add(PolicyStatement.Placeholder(unknown));
        return document;
    }

    /// <summary>The elements of a list of JSON documents, named for messages; null elements are skipped as the provider does.</summary>
    private static IEnumerable<(string Argument, Value Value)> JsonArguments(MapValue attributes, string name)
    {
        var value = attributes.Get(name);
        switch (value)
        {
            case NullValue or MissingValue:
                yield break;
            case ListValue list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (!list.Items[i].IsNull)
                    {
                        yield return ($"{name}[{i}]", list.Items[i]);
                    }
                }

                yield break;
            case UnknownValue:
                yield return (name, value);
                yield break;
            default:
                yield return (name, new UnknownValue($"{name} is not a list of strings", value.Range));
                yield break;
        }
    }

    /// <summary>A single JSON document argument; null when absent or empty (the provider ignores an empty string).</summary>
    private static Value? Single(MapValue attributes, string name) => attributes.Get(name) switch
    {
        NullValue or MissingValue or StringValue { Value.Length: 0 } => null,
        var value => value,
    };

    /// <summary>The statements go with the JSON, known or not, so a reader can locate each statement where it is written.</summary>
    private static Value WithStatements(Value json, Value statements) => json switch
    {
        UnknownValue unknown => new UnknownValue(unknown.Reason, unknown.Range, unknown.References) { Partial = statements },
        StringValue text => new StringValue(text.Value, text.Range, text.Origin) { Encoded = statements },
        _ => json,
    };

    private static Value Rendered(string json, PolicyJsonBuilder builder, ProviderErrors errors, SourceRange blockRange)
    {
        if (errors.Messages.Count > 0)
        {
            var references = UnknownValue.Combine(blockRange, builder.Unknowns).References;
            return new UnknownValue($"the AWS provider would reject this policy document: {errors.Messages[0]}", blockRange, references);
        }

        return builder.Unknowns.Count > 0 ? UnknownValue.Combine(blockRange, builder.Unknowns) : new StringValue(json, blockRange);
    }
}
