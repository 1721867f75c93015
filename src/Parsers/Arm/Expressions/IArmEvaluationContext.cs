using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Arm.Expressions;

/// <summary>
/// What an expression can read of its template and deployment. The template evaluator implements it; the defaults
/// describe a deployment about which nothing is known (every deployment function gives an unknown value).
/// </summary>
public interface IArmEvaluationContext
{
    /// <summary><c>parameters('name')</c>: the parameter's value, or a missing value when there is none.</summary>
    Value Parameter(string name, SourceRange range);

    /// <summary><c>variables('name')</c>.</summary>
    Value Variable(string name, SourceRange range);

    /// <summary><c>resourceGroup()</c>: an object with the fields known (id, name, location, ...), unknown otherwise.</summary>
    Value ResourceGroup(SourceRange range) => new UnknownValue("resourceGroup() is known only at deployment", range);

    /// <summary><c>subscription()</c>: an object with subscriptionId, tenantId, displayName where known.</summary>
    Value Subscription(SourceRange range) => new UnknownValue("subscription() is known only at deployment", range);

    /// <summary><c>tenant()</c>.</summary>
    Value Tenant(SourceRange range) => new UnknownValue("tenant() is known only at deployment", range);

    /// <summary><c>managementGroup()</c>.</summary>
    Value ManagementGroup(SourceRange range) => new UnknownValue("managementGroup() is known only at deployment", range);

    /// <summary><c>deployment()</c>.</summary>
    Value Deployment(SourceRange range) => new UnknownValue("deployment() is known only at deployment", range);

    /// <summary><c>environment()</c>: the cloud's endpoints, known for a chosen cloud.</summary>
    Value Environment(SourceRange range) => new UnknownValue("environment() is known only at deployment", range);

    /// <summary><c>copyIndex(loopName?, offset?)</c>: the current iteration of the named (or innermost) copy loop plus the offset.</summary>
    Value CopyIndex(string? loopName, long offset, SourceRange range) =>
        new UnknownValue(loopName is null ? "copyIndex() outside a copy loop" : $"copyIndex('{loopName}') outside that copy loop", range);

    /// <summary>
    /// <c>reference(resourceNameOrId, apiVersion?, 'Full'?)</c>: the runtime state of a resource, unknown, carrying the
    /// resource it reads so a policy can link the two.
    /// </summary>
    Value Reference(ImmutableArray<Value> arguments, SourceRange range) =>
        new UnknownValue("reference() reads the deployed resource", range, [new ReferenceTarget(ArmExpressionEvaluator.ResourceKey(arguments), null)]);

    /// <summary><c>listKeys(...)</c>, <c>listSecrets(...)</c> and every other <c>list*</c> function: unknown, with the resource read.</summary>
    Value List(string functionName, ImmutableArray<Value> arguments, SourceRange range) =>
        new UnknownValue($"{functionName}() reads the deployed resource", range, [new ReferenceTarget(ArmExpressionEvaluator.ResourceKey(arguments), functionName)]);

    /// <summary>A user-defined function (<c>ns.fn</c>) of the template, or null.</summary>
    ArmUserFunction? UserFunction(string @namespace, string name) => null;
}

/// <summary>
/// A user-defined function: its parameter names and its output, the template value (a string expression, or an object
/// or array holding expressions) that is evaluated with <c>parameters()</c> reading the arguments.
/// </summary>
public sealed record ArmUserFunction(string Namespace, string Name, ImmutableArray<string> Parameters, Value Output);
