using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.CloudFormation.Serverless.GeneratedValues;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// <c>AWS::Serverless::StateMachine</c> as SAM deploys it: an <c>AWS::StepFunctions::StateMachine</c> with the same
/// logical id (<c>Logging</c> becomes <c>LoggingConfiguration</c>, <c>Tracing</c> <c>TracingConfiguration</c>) and, when
/// no <c>Role</c> is given, the execution role <c>{Id}Role</c> trusted by Step Functions with the <c>Policies</c>
/// written. Event sources only add rules that start the machine and are not made.
/// </summary>
internal static class StateMachineExpansion
{
    public const string Type = "AWS::Serverless::StateMachine";

    public static IEnumerable<Resource> Expand(Resource machine)
    {
        var properties = machine.Attributes;
        var at = machine.DeclarationRange;
        var role = Optional(properties, "Role");
        var definition = Optional(properties, "Definition");
        var attributes = Map(
            properties.Range,
            ("StateMachineName", Optional(properties, "Name")),
            ("StateMachineType", Optional(properties, "Type")),
            (definition is StringValue ? "DefinitionString" : "Definition", definition),
            ("DefinitionS3Location", Optional(properties, "DefinitionUri")),
            ("DefinitionSubstitutions", Optional(properties, "DefinitionSubstitutions")),
            ("RoleArn", role ?? GetAtt(ExecutionRole.LogicalIdFor(machine.Address), "Arn", at)),
            ("LoggingConfiguration", Optional(properties, "Logging")),
            ("TracingConfiguration", Optional(properties, "Tracing")),
            ("Tags", TagList(properties.Get("Tags"), at, ("stateMachine:createdBy", "SAM"))));
        yield return ServerlessResources.Generate(machine, machine.Address, "AWS::StepFunctions::StateMachine", attributes, at, ServerlessResources.DependsOn(machine));
        if (role is null)
        {
            yield return ExecutionRole.Generate(machine, "states.amazonaws.com", [], ("stateMachine:createdBy", "SAM"));
        }
    }
}
