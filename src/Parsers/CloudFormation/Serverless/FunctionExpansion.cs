using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.CloudFormation.Serverless.GeneratedValues;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// <c>AWS::Serverless::Function</c> as SAM deploys it: an <c>AWS::Lambda::Function</c> with the same logical id, the
/// execution role <c>{Id}Role</c> when no <c>Role</c> is given, an <c>AWS::Lambda::Url</c> <c>{Id}Url</c> for a
/// <c>FunctionUrlConfig</c>, and the function's <c>Api</c>/<c>HttpApi</c> events, which become routes of their APIs.
/// The resource-policy statement SAM adds for a URL whose AuthType is NONE is not made: the URL itself is the finding.
/// Other event sources (S3, SQS, schedules, ...) only add invoke permissions scoped to their source and are not made.
/// </summary>
internal static class FunctionExpansion
{
    public const string Type = "AWS::Serverless::Function";

    public static IEnumerable<Resource> Expand(Resource function, List<ApiEvent> apiEvents)
    {
        var properties = function.Attributes;
        var at = function.DeclarationRange;
        var role = Optional(properties, "Role");
        var tracing = properties.Get("Tracing");
        var attributes = Map(
            properties.Range,
            ("FunctionName", Optional(properties, "FunctionName")),
            ("Description", Optional(properties, "Description")),
            ("Handler", Optional(properties, "Handler")),
            ("Runtime", Optional(properties, "Runtime")),
            ("Code", Code(properties)),
            ("PackageType", Optional(properties, "PackageType")),
            ("ImageConfig", Optional(properties, "ImageConfig")),
            ("Role", role ?? GetAtt(ExecutionRole.LogicalIdFor(function.Address), "Arn", at)),
            ("Environment", Optional(properties, "Environment")),
            ("KmsKeyArn", Optional(properties, "KmsKeyArn")),
            ("VpcConfig", Optional(properties, "VpcConfig")),
            ("MemorySize", Optional(properties, "MemorySize")),
            ("Timeout", Optional(properties, "Timeout")),
            ("Architectures", Optional(properties, "Architectures")),
            ("EphemeralStorage", Optional(properties, "EphemeralStorage")),
            ("FileSystemConfigs", Optional(properties, "FileSystemConfigs")),
            ("Layers", Optional(properties, "Layers")),
            ("ReservedConcurrentExecutions", Optional(properties, "ReservedConcurrentExecutions")),
            ("CodeSigningConfigArn", Optional(properties, "CodeSigningConfigArn")),
            ("DeadLetterConfig", properties.Get("DeadLetterQueue") is { IsAbsent: false } queue ? Map(queue.Range, ("TargetArn", queue.Get("TargetArn"))) : null),
            ("TracingConfig", tracing.IsAbsent ? null : Map(tracing.Range, ("Mode", tracing))),
            ("LoggingConfig", Optional(properties, "LoggingConfig")),
            ("RecursiveLoop", Optional(properties, "RecursiveLoop")),
            ("RuntimeManagementConfig", Optional(properties, "RuntimeManagementConfig")),
            ("SnapStart", Optional(properties, "SnapStart")),
            ("Tags", TagList(properties.Get("Tags"), at, ("lambda:createdBy", "SAM"))));
        yield return ServerlessResources.Generate(function, function.Address, "AWS::Lambda::Function", attributes, at, ServerlessResources.DependsOn(function));

        if (role is null)
        {
            var managed = new List<string> { "service-role/AWSLambdaBasicExecutionRole" };
            if (!properties.Get("VpcConfig").IsAbsent)
            {
                managed.Add("service-role/AWSLambdaVPCAccessExecutionRole");
            }

            if (tracing.AsString() == "Active")
            {
                managed.Add("AWSXrayWriteOnlyAccess");
            }

            yield return ExecutionRole.Generate(function, "lambda.amazonaws.com", managed, ("lambda:createdBy", "SAM"));
        }

        if (properties.Get("FunctionUrlConfig") is { IsAbsent: false } url)
        {
            var urlAttributes = Map(
                url.Range,
                ("AuthType", url.Get("AuthType")),
                ("Cors", Optional(url as MapValue ?? MapValue.Empty, "Cors")),
                ("InvokeMode", Optional(url as MapValue ?? MapValue.Empty, "InvokeMode")),
                ("TargetFunctionArn", Ref(function.Address, at)));
            yield return ServerlessResources.Generate(function, $"{function.Address}Url", "AWS::Lambda::Url", urlAttributes, at);
        }

        if (properties.Get("Events") is MapValue events)
        {
            // In the order written (a map's entries are kept sorted by key), so the implicit API is located at the first.
            foreach (var (name, declaration) in events.Entries.OrderBy(e => e.Value.Range.Start))
            {
                if (declaration.Get("Type").AsString() is "Api" or "HttpApi" && declaration.Get("Properties") is var eventProperties)
                {
                    apiEvents.Add(new ApiEvent(function, name, declaration.Range, declaration.Get("Type").Range, eventProperties as MapValue ?? new MapValue([], declaration.Range), declaration.Get("Type").AsString() == "HttpApi"));
                }
            }
        }
    }

    /// <summary>
    /// <c>Code</c> from <c>InlineCode</c>, <c>ImageUri</c> or <c>CodeUri</c> (an <c>s3://bucket/key</c> URI or a
    /// <c>{Bucket, Key, Version}</c> map; a local path is uploaded by <c>sam package</c>, so its location is unknown).
    /// </summary>
    private static Value? Code(MapValue properties)
    {
        if (Optional(properties, "InlineCode") is { } inline)
        {
            return Map(inline.Range, ("ZipFile", inline));
        }

        if (Optional(properties, "ImageUri") is { } image)
        {
            return Map(image.Range, ("ImageUri", image));
        }

        return Optional(properties, "CodeUri") switch
        {
            MapValue map => Map(map.Range, ("S3Bucket", map.Get("Bucket")), ("S3Key", map.Get("Key")), ("S3ObjectVersion", map.Get("Version"))),
            StringValue { Value: var uri } text when uri.StartsWith("s3://", StringComparison.Ordinal) && uri.IndexOf('/', 5) is > 5 and var slash =>
                Map(text.Range, ("S3Bucket", new StringValue(uri[5..slash], text.Range)), ("S3Key", new StringValue(uri[(slash + 1)..], text.Range))),
            { } other => new UnknownValue("the code is uploaded by sam package or sam deploy", other.Range),
            null => null,
        };
    }
}
