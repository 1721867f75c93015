using System.Collections.Immutable;
using PolicyScan.Parsers.Arm.Expressions;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Arm;

/// <summary>The ARM template expression language: syntax, every built-in function, unknowns and the Azure hashes.</summary>
public sealed class ExpressionTests
{
    private sealed class TestContext : IArmEvaluationContext
    {
        public Dictionary<string, Value> Parameters { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, Value> Variables { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Value? Group { get; set; }

        public Value? Sub { get; set; }

        public int? Index { get; set; }

        public List<ArmUserFunction> Functions { get; } = [];

        public Value Parameter(string name, SourceRange range) => Parameters.TryGetValue(name, out var v) ? v : new MissingValue(range);

        public Value Variable(string name, SourceRange range) => Variables.TryGetValue(name, out var v) ? v : new MissingValue(range);

        public Value ResourceGroup(SourceRange range) => Group ?? new UnknownValue("resourceGroup() is known only at deployment", range);

        public Value Subscription(SourceRange range) => Sub ?? new UnknownValue("subscription() is known only at deployment", range);

        public Value CopyIndex(string? loopName, long offset, SourceRange range) =>
            Index is { } i ? new NumberValue(i + offset, range) : new UnknownValue("outside a loop", range);

        public ArmUserFunction? UserFunction(string @namespace, string name) =>
            Functions.FirstOrDefault(f => string.Equals(f.Namespace, @namespace, StringComparison.OrdinalIgnoreCase) && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    private static TestContext NewContext()
    {
        var context = new TestContext();
        context.Parameters["name"] = new StringValue("Store", SourceRange.None);
        context.Parameters["count"] = new NumberValue(3, SourceRange.None);
        context.Parameters["unknownKey"] = new UnknownValue("a secure parameter", SourceRange.None, [new ReferenceTarget("Microsoft.KeyVault/vaults/kv", "secret")]);
        context.Parameters["obj"] = ArmJson.Parse("""{"a": 1, "Nested": {"b": [10, 20]}}""", SourceRange.None);
        context.Variables["prefix"] = new StringValue("phi", SourceRange.None);
        return context;
    }

    private static (Value Value, IReadOnlyList<ArmExpressionError> Errors) Run(string text, TestContext? context = null)
    {
        var evaluator = new ArmExpressionEvaluator(context ?? NewContext(), SourceRange.None);
        return (evaluator.EvaluateString(text), evaluator.Errors);
    }

    /// <summary>The result as compact JSON; an unknown value is "?".</summary>
    private static string Eval(string text, TestContext? context = null)
    {
        var (value, errors) = Run(text, context);
        Assert.That(errors, Is.Empty, text);
        return value is UnknownValue ? "?" : ArmJson.Serialize(value);
    }

    private static ArmExpressionError EvalError(string text)
    {
        var (value, errors) = Run(text);
        Assert.That(value, Is.InstanceOf<UnknownValue>(), text);
        Assert.That(errors, Has.Count.EqualTo(1), text);
        return errors[0];
    }

    // Syntax

    [TestCase("plain text", "\"plain text\"")]
    [TestCase("[[not an expression]", "\"[not an expression]\"")]
    [TestCase("[not closed", "\"[not closed\"")]
    [TestCase("['it''s']", "\"it's\"")]
    [TestCase("[ concat( 'a' , 'b' ) ]", "\"ab\"")]
    [TestCase("[-5]", "-5")]
    [TestCase("[parameters('obj').a]", "1")]
    [TestCase("[parameters('obj').nested.b[1]]", "20")]
    [TestCase("[parameters('obj')['Nested'].b[0]]", "10")]
    [TestCase("[createArray(1, 2, 3)[add(0, 2)]]", "3")]
    [TestCase("[toUpper(concat(variables('prefix'), '-', parameters('name')))]", "\"PHI-STORE\"")]
    [TestCase("[CONCAT('a', 'b')]", "\"ab\"")]
    public void Expressions_parse_and_evaluate(string text, string expected) => Assert.That(Eval(text), Is.EqualTo(expected));

    [TestCase("[concat('a', 'b']", 16, "expected ')'")]
    [TestCase("[concat('a' 'b')]", 12, "expected ',' or ')'")]
    [TestCase("['abc]", 1, "not closed")]
    [TestCase("[foo]", 1, "must be called")]
    [TestCase("[concat('a'))]", 12, "unexpected ')'")]
    [TestCase("[parameters('x').]", 17, "expected a property name")]
    [TestCase("[createArray(1)[0]", 17, "expected ']'")]
    [TestCase("[]", 1, "expected an expression")]
    [TestCase("[concat('a', true)]", 13, "ARM has no bare names")]
    [TestCase("[add(1.5, 2)]", 6, "integers only")]
    [TestCase("[ ]", 2, "expected an expression")]
    public void Syntax_errors_carry_their_offset_in_the_string(string text, int offset, string message)
    {
        var parsed = ArmExpressionParser.ParseTemplateString(text);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Error, Is.Not.Null);
            Assert.That(parsed.Error!.Start, Is.EqualTo(offset));
            Assert.That(parsed.Error.Message, Does.Contain(message));
        });
        var (value, errors) = Run(text);
        Assert.That(value, Is.InstanceOf<UnknownValue>());
        Assert.That(errors.Single().Start, Is.EqualTo(offset));
    }

    [Test]
    public void The_tree_keeps_offsets_and_user_function_namespaces()
    {
        var parsed = ArmExpressionParser.ParseTemplateString("[my.fn(parameters('a').b, 'x')]");
        var call = (ArmFunctionCall)parsed.Expression!;
        Assert.Multiple(() =>
        {
            Assert.That(call.Namespace, Is.EqualTo("my"));
            Assert.That(call.LocalName, Is.EqualTo("fn"));
            Assert.That((call.Start, call.End), Is.EqualTo((1, 30)));
            Assert.That(call.Arguments[0], Is.InstanceOf<ArmPropertyAccess>());
            Assert.That((call.Arguments[0].Start, call.Arguments[0].End), Is.EqualTo((7, 24)));
        });
    }

    // Strings

    [TestCase("[concat('a', 1, true())]", "\"a1True\"")]
    [TestCase("[concat('only')]", "\"only\"")]
    [TestCase("[concat(createArray(1), createArray(2, 3))]", "[1,2,3]")]
    [TestCase("[concat(createArray(1), null())]", "[1]")]
    [TestCase("[format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)]", "\"Hello, User. Formatted number: 8,175,133\"")]
    [TestCase("[format('{0:D4}|{1,-3}|{{x}}', 7, 'a')]", "\"0007|a  |{x}\"")]
    [TestCase("[format('{0}', true())]", "\"True\"")]
    [TestCase("[toLower('AbC')]", "\"abc\"")]
    [TestCase("[toLower('')]", "\"\"")]
    [TestCase("[toUpper('aBc1')]", "\"ABC1\"")]
    [TestCase("[trim('  a b  ')]", "\"a b\"")]
    [TestCase("[trim('')]", "\"\"")]
    [TestCase("[substring('hello', 1, 3)]", "\"ell\"")]
    [TestCase("[substring('hello', 2)]", "\"llo\"")]
    [TestCase("[substring('hello', 5, 0)]", "\"\"")]
    [TestCase("[replace('a-b-c', '-', '')]", "\"abc\"")]
    [TestCase("[replace('aAa', 'a', 'x')]", "\"xAx\"")]
    [TestCase("[split('a,b,,c', ',')]", "[\"a\",\"b\",\"\",\"c\"]")]
    [TestCase("[split('a;b,c', createArray(',', ';'))]", "[\"a\",\"b\",\"c\"]")]
    [TestCase("[startsWith('abcdef', 'AB')]", "true")]
    [TestCase("[startsWith('abc', 'x')]", "false")]
    [TestCase("[endsWith('abcdef', 'EF')]", "true")]
    [TestCase("[endsWith('abc', '')]", "true")]
    [TestCase("[indexOf('test', 'T')]", "0")]
    [TestCase("[indexOf('abcdef', 'z')]", "-1")]
    [TestCase("[lastIndexOf('test', 't')]", "3")]
    [TestCase("[lastIndexOf('abcdef', 'z')]", "-1")]
    [TestCase("[padLeft('123', 10, '0')]", "\"0000000123\"")]
    [TestCase("[padLeft(42, 1)]", "\"42\"")]
    [TestCase("[length('abc')]", "3")]
    [TestCase("[length(createArray())]", "0")]
    [TestCase("[length(parameters('obj'))]", "2")]
    [TestCase("[contains('OneTwoThree', 'Two')]", "true")]
    [TestCase("[contains('OneTwoThree', 'two')]", "false")]
    [TestCase("[contains(createArray('a', 1), 1)]", "true")]
    [TestCase("[contains(parameters('obj'), 'NESTED')]", "true")]
    [TestCase("[empty('')]", "true")]
    [TestCase("[empty(createArray(1))]", "false")]
    [TestCase("[empty(json('{}'))]", "true")]
    [TestCase("[empty(null())]", "true")]
    [TestCase("[first('abc')]", "\"a\"")]
    [TestCase("[first('')]", "\"\"")]
    [TestCase("[first(createArray(1, 2))]", "1")]
    [TestCase("[first(createArray())]", "null")]
    [TestCase("[last('abc')]", "\"c\"")]
    [TestCase("[last(createArray(1, 2))]", "2")]
    [TestCase("[take('abcdef', 2)]", "\"ab\"")]
    [TestCase("[take(createArray(1, 2, 3), 10)]", "[1,2,3]")]
    [TestCase("[take('abc', -1)]", "\"\"")]
    [TestCase("[skip('abcdef', 4)]", "\"ef\"")]
    [TestCase("[skip(createArray(1, 2, 3), 1)]", "[2,3]")]
    [TestCase("[skip('abc', 10)]", "\"\"")]
    [TestCase("[base64('one, two, three')]", "\"b25lLCB0d28sIHRocmVl\"")]
    [TestCase("[base64('')]", "\"\"")]
    [TestCase("[base64ToString('b25lLCB0d28sIHRocmVl')]", "\"one, two, three\"")]
    [TestCase("[base64ToJson('eyJhIjoxfQ==').a]", "1")]
    [TestCase("[uri('http://contoso.com/resources/', 'nested/azuredeploy.json')]", "\"http://contoso.com/resources/nested/azuredeploy.json\"")]
    [TestCase("[uri('http://contoso.org/firstpath', 'myscript.sh')]", "\"http://contoso.org/myscript.sh\"")]
    [TestCase("[uriComponent('http://contoso.com/resources/nested/azuredeploy.json')]", "\"http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json\"")]
    [TestCase("[uriComponent('')]", "\"\"")]
    [TestCase("[uriComponentToString('http%3A%2F%2Fcontoso.com')]", "\"http://contoso.com\"")]
    [TestCase("[dataUri('Hello')]", "\"data:text/plain;charset=utf8;base64,SGVsbG8=\"")]
    [TestCase("[dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')]", "\"Hello, World!\"")]
    [TestCase("[dataUriToString('data:text/plain,a%20b')]", "\"a b\"")]
    [TestCase("[string(5)]", "\"5\"")]
    [TestCase("[string(true())]", "\"True\"")]
    [TestCase("[string(json('{\"valueA\":10,\"valueB\":\"Example Text\"}'))]", "\"{\\\"valueA\\\":10,\\\"valueB\\\":\\\"Example Text\\\"}\"")]
    [TestCase("[string(createArray('a', 'b'))]", "\"[\\\"a\\\",\\\"b\\\"]\"")]
    public void String_functions(string text, string expected) => Assert.That(Eval(text), Is.EqualTo(expected));

    // Arrays and objects

    [TestCase("[array('a')]", "[\"a\"]")]
    [TestCase("[array(createArray(1))]", "[1]")]
    [TestCase("[array(json('{\"a\":1}'))]", "[{\"a\":1}]")]
    [TestCase("[createArray()]", "[]")]
    [TestCase("[createArray('a', createArray(1))]", "[\"a\",[1]]")]
    [TestCase("[createObject('b', 1, 'a', createArray(2))]", "{\"a\":[2],\"b\":1}")]
    [TestCase("[createObject()]", "{}")]
    [TestCase("[union(createArray(1, 2), createArray(2, 3))]", "[1,2,3]")]
    [TestCase("[union(json('{\"a\":1,\"n\":{\"x\":1,\"y\":1}}'), json('{\"b\":2,\"n\":{\"y\":2}}'))]", "{\"a\":1,\"b\":2,\"n\":{\"x\":1,\"y\":2}}")]
    [TestCase("[union(json('{\"a\":1}'), null())]", "{\"a\":1}")]
    [TestCase("[intersection(createArray(1, 2, 3), createArray(3, 2, 9))]", "[2,3]")]
    [TestCase("[intersection(json('{\"a\":1,\"b\":2}'), json('{\"a\":1,\"b\":3}'))]", "{\"a\":1}")]
    [TestCase("[range(5, 3)]", "[5,6,7]")]
    [TestCase("[range(1, 0)]", "[]")]
    [TestCase("[min(createArray(0, 3, 2))]", "0")]
    [TestCase("[min(4, -1)]", "-1")]
    [TestCase("[max(createArray(0, 3, 2))]", "3")]
    [TestCase("[max(7)]", "7")]
    [TestCase("[items(json('{\"b\":2,\"a\":1}'))]", "[{\"key\":\"a\",\"value\":1},{\"key\":\"b\",\"value\":2}]")]
    [TestCase("[items(json('{}'))]", "[]")]
    [TestCase("[objectKeys(json('{\"b\":2,\"a\":1}'))]", "[\"a\",\"b\"]")]
    [TestCase("[join(createArray('a', 'b', 'c'), ',')]", "\"a,b,c\"")]
    [TestCase("[join(createArray(), ',')]", "\"\"")]
    [TestCase("[json('[1, {\"a\": null}, true]')]", "[1,{\"a\":null},true]")]
    [TestCase("[json('1.5')]", "1.5")]
    [TestCase("[tryGet(parameters('obj'), 'nested', 'b', 1)]", "20")]
    [TestCase("[tryGet(parameters('obj'), 'missing')]", "null")]
    [TestCase("[indexFromEnd(createArray(1, 2, 3), 1)]", "3")]
    [TestCase("[tryIndexFromEnd(createArray(1, 2, 3), 3)]", "1")]
    [TestCase("[tryIndexFromEnd(createArray(1), 2)]", "null")]
    [TestCase("[distinct(createArray('a', 'b', 'a', 1, 1))]", "[\"a\",\"b\",1]")]
    [TestCase("[distinct(createArray())]", "[]")]
    [TestCase("[flatten(createArray(createArray(0, 1), createArray(), createArray(2)))]", "[0,1,2]")]
    public void Array_and_object_functions(string text, string expected) => Assert.That(Eval(text), Is.EqualTo(expected));

    // Logic, comparison, numbers, conversion

    [TestCase("[and(true(), true(), true())]", "true")]
    [TestCase("[and(true(), false())]", "false")]
    [TestCase("[or(false(), true())]", "true")]
    [TestCase("[or(false(), false())]", "false")]
    [TestCase("[not(false())]", "true")]
    [TestCase("[not(true())]", "false")]
    [TestCase("[if(equals(1, 1), 'yes', 'no')]", "\"yes\"")]
    [TestCase("[if(false(), 'yes', createArray())]", "[]")]
    [TestCase("[equals(json('{\"a\":[1]}'), json('{\"a\":[1]}'))]", "true")]
    [TestCase("[equals('a', 'A')]", "false")]
    [TestCase("[less(1, 2)]", "true")]
    [TestCase("[less('b', 'a')]", "false")]
    [TestCase("[lessOrEquals(2, 2)]", "true")]
    [TestCase("[lessOrEquals(3, 2)]", "false")]
    [TestCase("[greater('b', 'a')]", "true")]
    [TestCase("[greater(2, 2)]", "false")]
    [TestCase("[greaterOrEquals(2, 2)]", "true")]
    [TestCase("[greaterOrEquals(1, 2)]", "false")]
    [TestCase("[coalesce(null(), 'x', 'y')]", "\"x\"")]
    [TestCase("[coalesce(null(), null())]", "null")]
    [TestCase("[bool('TRUE')]", "true")]
    [TestCase("[bool(0)]", "false")]
    [TestCase("[add(2, 3)]", "5")]
    [TestCase("[add(-2, 2)]", "0")]
    [TestCase("[sub(2, 3)]", "-1")]
    [TestCase("[mul(4, -3)]", "-12")]
    [TestCase("[div(7, 2)]", "3")]
    [TestCase("[div(-7, 2)]", "-3")]
    [TestCase("[mod(7, 3)]", "1")]
    [TestCase("[mod(-7, 3)]", "-1")]
    [TestCase("[int('4')]", "4")]
    [TestCase("[int(' -4 ')]", "-4")]
    [TestCase("[float('2.5')]", "2.5")]
    [TestCase("[float(3)]", "3")]
    [TestCase("[true()]", "true")]
    [TestCase("[false()]", "false")]
    [TestCase("[null()]", "null")]
    public void Logic_comparison_number_and_conversion_functions(string text, string expected) => Assert.That(Eval(text), Is.EqualTo(expected));

    [TestCase("[div(1, 0)]", "division by zero")]
    [TestCase("[mod(1, 0)]", "division by zero")]
    [TestCase("[substring('abc', 2, 5)]", "outside the string")]
    [TestCase("[int('x')]", "cannot convert")]
    [TestCase("[bool('yes')]", "cannot convert")]
    [TestCase("[add('1', 2)]", "must be an integer")]
    [TestCase("[nope(1)]", "unknown function 'nope'")]
    [TestCase("[parameters('absent')]", "no parameter 'absent'")]
    [TestCase("[variables('absent')]", "no variable 'absent'")]
    [TestCase("[parameters('obj').absent]", "no property 'absent'")]
    [TestCase("[createArray(1)[3]]", "outside the array")]
    [TestCase("[json('{')]", "json")]
    [TestCase("[createObject('a')]", "pairs")]
    [TestCase("[padLeft('a', 3, 'xy')]", "one character")]
    [TestCase("[less(1, 'a')]", "compares")]
    [TestCase("[if(1, 'a', 'b')]", "must be a bool")]
    [TestCase("[format('{1}', 'a')]", "format")]
    [TestCase("[uniqueString(1)]", "must be a string")]
    [TestCase("[first(1)]", "expects a string or array")]
    [TestCase("[toLower()]", "expects 1 argument")]
    [TestCase("[indexFromEnd(createArray(1), 2)]", "outside the array")]
    [TestCase("[flatten(createArray(1))]", "array of arrays")]
    public void Wrong_arguments_give_an_unknown_value_and_a_located_error(string text, string message)
    {
        var error = EvalError(text);
        Assert.That(error.Message, Does.Contain(message).IgnoreCase);
        Assert.That(error.Start, Is.GreaterThanOrEqualTo(1));
    }

    // Unknowns

    [TestCase("[concat('a', parameters('unknownKey'))]")]
    [TestCase("[toLower(parameters('unknownKey'))]")]
    [TestCase("[length(parameters('unknownKey'))]")]
    [TestCase("[parameters('unknownKey').deep.path]")]
    [TestCase("[createArray(1)[parameters('unknownKey')]]")]
    [TestCase("[equals(parameters('unknownKey'), 'x')]")]
    [TestCase("[and(true(), parameters('unknownKey'))]")]
    [TestCase("[coalesce(null(), parameters('unknownKey'), 'x')]")]
    [TestCase("[uniqueString(parameters('unknownKey'))]")]
    [TestCase("[resourceId('Microsoft.Web/sites', parameters('unknownKey'))]")]
    public void An_unknown_argument_makes_the_result_unknown_and_keeps_its_references(string text)
    {
        var (value, errors) = Run(text);
        Assert.That(errors, Is.Empty);
        var unknown = value as UnknownValue;
        Assert.That(unknown, Is.Not.Null);
        Assert.That(unknown!.References, Does.Contain(new ReferenceTarget("Microsoft.KeyVault/vaults/kv", "secret")));
    }

    [TestCase("[and(false(), parameters('unknownKey'))]", "false")]
    [TestCase("[or(parameters('unknownKey'), true())]", "true")]
    [TestCase("[coalesce(null(), 'known', parameters('unknownKey'))]", "\"known\"")]
    [TestCase("[if(true(), 'a', parameters('unknownKey'))]", "\"a\"")]
    [TestCase("[if(false(), parameters('unknownKey'), 'b')]", "\"b\"")]
    public void Functions_that_can_decide_anyway_do(string text, string expected) => Assert.That(Eval(text), Is.EqualTo(expected));

    [TestCase("[equals(createArray(parameters('unknownKey')), createArray('x'))]")]
    [TestCase("[contains(createArray(parameters('unknownKey')), 'x')]")]
    [TestCase("[string(createObject('k', parameters('unknownKey')))]")]
    [TestCase("[union(createArray(parameters('unknownKey')), createArray('x'))]")]
    public void An_unknown_nested_in_an_argument_makes_a_comparison_or_text_unknown(string text)
    {
        var (value, errors) = Run(text);
        Assert.That(errors, Is.Empty);
        Assert.That(value, Is.InstanceOf<UnknownValue>());
        Assert.That(((UnknownValue)value).References, Has.Length.EqualTo(1));
    }

    [Test]
    public void Building_arrays_and_objects_keeps_unknown_elements_in_place()
    {
        var (value, errors) = Run("[createObject('known', 'a', 'secret', parameters('unknownKey'))]");
        Assert.That(errors, Is.Empty);
        var map = (MapValue)value;
        Assert.Multiple(() =>
        {
            Assert.That(map["known"].AsString(), Is.EqualTo("a"));
            Assert.That(map["secret"], Is.InstanceOf<UnknownValue>());
            Assert.That(Eval("[length(createArray(1, parameters('unknownKey')))]"), Is.EqualTo("2"));
            Assert.That(Eval("[first(createArray('a', parameters('unknownKey')))]"), Is.EqualTo("\"a\""));
        });
    }

    [Test]
    public void If_evaluates_only_the_chosen_branch()
    {
        Assert.That(Eval("[if(true(), 'ok', div(1, 0))]"), Is.EqualTo("\"ok\""));
        Assert.That(Eval("[if(false(), parameters('absent'), 'ok')]"), Is.EqualTo("\"ok\""));
    }

    [Test]
    public void If_on_an_unknown_condition_keeps_both_alternatives()
    {
        var (value, _) = Run("[if(parameters('unknownKey'), 'a', 'b')]");
        var unknown = (UnknownValue)value;
        Assert.That(unknown.Alternatives.Select(a => a.AsString()), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(unknown.References, Has.Length.EqualTo(1));
    }

    [Test]
    public void NewGuid_and_utcNow_are_unknown()
    {
        Assert.That(Eval("[newGuid()]"), Is.EqualTo("?"));
        Assert.That(Eval("[utcNow('u')]"), Is.EqualTo("?"));
    }

    // Deployment functions and hooks

    [Test]
    public void Deployment_functions_read_the_context_and_are_unknown_by_default()
    {
        var context = NewContext();
        Assert.That(Eval("[resourceGroup().location]", context), Is.EqualTo("?"));
        Assert.That(Eval("[deployment().name]", context), Is.EqualTo("?"));
        Assert.That(Eval("[environment().name]", context), Is.EqualTo("?"));
        Assert.That(Eval("[tenant().tenantId]", context), Is.EqualTo("?"));
        Assert.That(Eval("[managementGroup().id]", context), Is.EqualTo("?"));
        context.Group = ArmJson.Parse("""{"name": "rg", "location": "westeurope", "id": "/subscriptions/s/resourceGroups/rg"}""", SourceRange.None);
        Assert.That(Eval("[resourceGroup().Location]", context), Is.EqualTo("\"westeurope\""));
    }

    [Test]
    public void CopyIndex_takes_a_loop_name_and_an_offset()
    {
        var context = NewContext();
        context.Index = 2;
        Assert.Multiple(() =>
        {
            Assert.That(Eval("[copyIndex()]", context), Is.EqualTo("2"));
            Assert.That(Eval("[copyIndex(1)]", context), Is.EqualTo("3"));
            Assert.That(Eval("[copyIndex('loop', 10)]", context), Is.EqualTo("12"));
            Assert.That(Eval("[copyIndex()]"), Is.EqualTo("?"));
        });
    }

    [Test]
    public void Reference_and_list_functions_are_unknown_and_name_the_resource()
    {
        var (reference, _) = Run("[reference(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01').primaryEndpoints.blob]");
        var (keys, _) = Run("[listKeys('Microsoft.Storage/storageAccounts/st', '2023-01-01').keys[0].value]");
        Assert.Multiple(() =>
        {
            Assert.That(reference, Is.InstanceOf<UnknownValue>());
            Assert.That(((UnknownValue)reference).References.Select(r => r.Address), Has.Some.Contains("Microsoft.Storage/storageAccounts/st"));
            Assert.That(keys, Is.InstanceOf<UnknownValue>());
            Assert.That(((UnknownValue)keys).References.Single(), Is.EqualTo(new ReferenceTarget("Microsoft.Storage/storageAccounts/st", "listKeys")));
        });
    }

    [Test]
    public void Resource_ids_are_built_as_Azure_builds_them()
    {
        var context = NewContext();
        context.Sub = ArmJson.Parse("""{"subscriptionId": "0000"}""", SourceRange.None);
        context.Group = ArmJson.Parse("""{"name": "rg"}""", SourceRange.None);
        Assert.Multiple(() =>
        {
            Assert.That(Eval("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'sn')]", context),
                Is.EqualTo("\"/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/sn\""));
            Assert.That(Eval("[resourceId('other', 'Microsoft.Web/sites', 'app')]", context),
                Is.EqualTo("\"/subscriptions/0000/resourceGroups/other/providers/Microsoft.Web/sites/app\""));
            Assert.That(Eval("[resourceId('s2', 'other', 'Microsoft.Web/sites', 'app')]", context),
                Is.EqualTo("\"/subscriptions/s2/resourceGroups/other/providers/Microsoft.Web/sites/app\""));
            Assert.That(Eval("[resourceId('Microsoft.Web/sites/', 'app')]", context),
                Is.EqualTo("\"/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Web/sites/app\""));
            Assert.That(Eval("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'r1')]", context),
                Is.EqualTo("\"/subscriptions/0000/providers/Microsoft.Authorization/roleDefinitions/r1\""));
            Assert.That(Eval("[tenantResourceId('Microsoft.Management/managementGroups', 'mg')]", context),
                Is.EqualTo("\"/providers/Microsoft.Management/managementGroups/mg\""));
            Assert.That(Eval("[extensionResourceId('/subscriptions/0000/resourceGroups/rg', 'Microsoft.Authorization/locks', 'lock')]", context),
                Is.EqualTo("\"/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Authorization/locks/lock\""));
        });
        Assert.That(EvalError("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet')]").Message, Does.Contain("needs 2 name"));
    }

    [Test]
    public void A_resource_id_in_an_unknown_subscription_is_unknown_with_the_known_parts()
    {
        var (value, errors) = Run("[resourceId('Microsoft.Storage/storageAccounts', 'st')]");
        Assert.That(errors, Is.Empty);
        var unknown = (UnknownValue)value;
        Assert.Multiple(() =>
        {
            Assert.That(unknown.Partial?.AsString(), Is.EqualTo($"/subscriptions/{UnknownValue.Placeholder}/resourceGroups/{UnknownValue.Placeholder}/providers/Microsoft.Storage/storageAccounts/st"));
            Assert.That(unknown.References, Does.Contain(new ReferenceTarget("Microsoft.Storage/storageAccounts/st", "id")));
        });
    }

    [Test]
    public void User_defined_functions_read_their_arguments_as_parameters()
    {
        var context = NewContext();
        context.Functions.Add(new ArmUserFunction("contoso", "uniqueName", ["prefix", "n"],
            new StringValue("[concat(parameters('prefix'), '-', string(parameters('n')))]", SourceRange.None)));
        context.Functions.Add(new ArmUserFunction("contoso", "pair", ["x"],
            new MapValue([new("value", new StringValue("[parameters('x')]", SourceRange.None))], SourceRange.None)));
        Assert.Multiple(() =>
        {
            Assert.That(Eval("[contoso.uniqueName(variables('prefix'), add(1, 1))]", context), Is.EqualTo("\"phi-2\""));
            Assert.That(Eval("[contoso.pair('v').value]", context), Is.EqualTo("\"v\""));
        });
        var (value, errors) = Run("[contoso.missing()]", context);
        Assert.That(value, Is.InstanceOf<UnknownValue>());
        Assert.That(errors.Single().Message, Does.Contain("no function 'contoso.missing'"));
    }

    // Hashes

    // Outputs recorded by a public reimplementation as "verified against Bicep uniqueString() output" (uniquestring.sh).
    [TestCase("rbgf3xv4ufgzg", "test")]
    [TestCase("a7wkljktk6wne", "hello", "world")]
    [TestCase("cgtzqvhu4i23s", "abc")]
    [TestCase("bmg7c6xu4tw46", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg")]
    [TestCase("xzi4ioaxtmth4", "foo", "bar", "baz")]
    public void UniqueString_matches_known_Azure_outputs(string expected, params string[] parts)
    {
        var arguments = string.Join(", ", parts.Select(p => $"'{p}'"));
        Assert.That(Eval($"[uniqueString({arguments})]"), Is.EqualTo($"\"{expected}\""));
    }

    [Test]
    public void UniqueString_is_13_base32_characters_and_deterministic()
    {
        foreach (var input in new[] { "", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "é" })
        {
            var value = ArmHashes.UniqueString([input]);
            Assert.That(value, Does.Match("^[a-z2-7]{13}$"), input);
            Assert.That(ArmHashes.UniqueString([input]), Is.EqualTo(value));
        }
    }

    // Expected values from Python's uuid.uuid5 (an independent RFC 4122 implementation) in the ARM namespace.
    [TestCase("d6a5baf1-8b9b-542a-8525-2982f1f98a0c", "test")]
    [TestCase("a5b868f8-11fe-567a-ace0-e77cc87f104e", "hello", "world")]
    [TestCase("e61cb4ef-3547-5c2c-9fc9-895735a91500", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg", "b2f3", "reader")]
    public void Guid_is_a_version_5_uuid_of_the_arguments_joined_with_hyphens(string expected, params string[] parts)
    {
        var arguments = string.Join(", ", parts.Select(p => $"'{p}'"));
        Assert.That(Eval($"[guid({arguments})]"), Is.EqualTo($"\"{expected}\""));
    }

    [Test]
    public void Every_function_of_the_table_is_exercised_by_a_test()
    {
        var source = File.ReadAllText(Path.Combine(TestContext_Directory(), "ExpressionTests.cs")).ToLowerInvariant();
        var untested = ArmExpressionEvaluator.KnownFunctions.Where(f => !source.Contains($"{f}(", StringComparison.Ordinal)).ToList();
        Assert.That(untested, Is.Empty);
    }

    private static string TestContext_Directory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
