using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Tests.CloudFormation;

/// <summary>
/// The SAM transform: each serverless resource becomes what SAM deploys, with values located where they were written
/// and generated resources located at the SAM resource (or event) they come from.
/// </summary>
public sealed class ServerlessTransformTests
{
    private const string Preamble = "Transform: AWS::Serverless-2016-10-31\n";

    [Test]
    public void A_function_becomes_a_lambda_function_with_its_execution_role_and_url()
    {
        var result = TemplateTestHost.Load(Preamble + """
            Resources:
              Ingest:
                Type: AWS::Serverless::Function
                DependsOn: Topic
                Metadata:
                  checkov:
                    skip: []
                Properties:
                  Handler: app.handler
                  Runtime: python3.12
                  CodeUri: s3://artefacts/ingest.zip
                  Tracing: Active
                  KmsKeyArn: !GetAtt Key.Arn
                  VpcConfig:
                    SubnetIds: [subnet-1]
                    SecurityGroupIds: [sg-1]
                  Environment:
                    Variables:
                      TABLE: patients
                  Tags:
                    team: intake
                  Policies:
                    - AmazonS3ReadOnlyAccess
                    - arn:aws:iam::123456789012:policy/custom
                    - !Ref Managed
                    - Statement:
                        - Effect: Allow
                          Action: sqs:SendMessage
                          Resource: '*'
                    - S3ReadPolicy:
                        BucketName: intake
                  PermissionsBoundary: arn:aws:iam::123456789012:policy/boundary
                  FunctionUrlConfig:
                    AuthType: AWS_IAM
              Topic:
                Type: AWS::SNS::Topic
              Key:
                Type: AWS::KMS::Key
              Managed:
                Type: AWS::IAM::ManagedPolicy
            """);
        var function = result.Resource("Ingest");
        var role = result.Resource("IngestRole");
        var url = result.Resource("IngestUrl");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
            Assert.That(result.Resources.Select(r => $"{r.Address} {r.Type}"), Is.EqualTo(new[]
            {
                "Ingest AWS::Lambda::Function", "IngestRole AWS::IAM::Role", "IngestUrl AWS::Lambda::Url",
                "Topic AWS::SNS::Topic", "Key AWS::KMS::Key", "Managed AWS::IAM::ManagedPolicy",
            }));
            Assert.That(function.GeneratedFrom, Is.EqualTo(new GeneratedFrom("Ingest", "AWS::Serverless::Function")));
            Assert.That(result.Resource("Topic").GeneratedFrom, Is.Null);
            Assert.That(function.DeclarationRange.Located(), Is.EqualTo("3:3 Ingest"));
            Assert.That(function.Attributes.GetPath("Environment.Variables.TABLE").Range.Located(), Is.EqualTo("20:18 patients"));
            Assert.That(function.Attributes.GetPath("TracingConfig.Mode").AsString(), Is.EqualTo("Active"));
            Assert.That(function.Attributes.GetPath("Code.S3Bucket").AsString(), Is.EqualTo("artefacts"));
            Assert.That(function.Attributes.GetPath("Code.S3Key").AsString(), Is.EqualTo("ingest.zip"));
            Assert.That(function["KmsKeyArn"], Is.TypeOf<UnknownValue>());
            Assert.That(function["Role"] is UnknownValue { References: [{ Address: "IngestRole", Attribute: "Arn" }] }, Is.True);
            Assert.That(function.References.Select(r => $"{r.FromPath}->{r.Target}"), Does.Contain("DependsOn->Topic").And.Contain("Role->IngestRole.Arn"));
            Assert.That(function["Tags"].Elements.Select(t => $"{t["Key"].AsString()}={t["Value"].AsString()}"), Is.EqualTo(new[] { "lambda:createdBy=SAM", "team=intake" }));
            Assert.That(function.Metadata.GetPath("checkov.skip"), Is.TypeOf<ListValue>(), "the SAM resource's Metadata carries over");

            Assert.That(role.GetPathString("AssumeRolePolicyDocument.Statement.0.Principal.Service.0"), Is.EqualTo("lambda.amazonaws.com"));
            Assert.That(role["ManagedPolicyArns"].Elements.Select(e => e.AsString() ?? "(unknown)"), Is.EqualTo(new[]
            {
                "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",
                "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess",
                "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                "arn:aws:iam::123456789012:policy/custom",
                "(unknown)",
            }));
            Assert.That(role["ManagedPolicyArns"].At(3).Range.Located(), Is.EqualTo("24:11 AmazonS3ReadOnlyAccess"), "a policy name is located where it is written");
            Assert.That(role["ManagedPolicyArns"].At(0).Origin, Is.EqualTo(ValueOrigin.Defaulted));
            Assert.That(role["Policies"].Elements, Has.Length.EqualTo(1), "the IAM document becomes an inline policy, the policy template does not");
            Assert.That(role.GetPathString("Policies.0.PolicyDocument.Statement.0.Action"), Is.EqualTo("sqs:SendMessage"));
            Assert.That(role["PermissionsBoundary"].AsString(), Is.EqualTo("arn:aws:iam::123456789012:policy/boundary"));
            Assert.That(role.DeclarationRange.Located(), Is.EqualTo("3:3 Ingest"));
            Assert.That(role.Provider, Is.SameAs(function.Provider).And.Not.Null, "generated resources are deployed by the same stack");
            Assert.That(role.References.Select(r => r.Target.Address), Does.Contain("Managed"));

            Assert.That(url["AuthType"].Range.Located(), Is.EqualTo("35:19 AWS_IAM"));
            Assert.That(url["TargetFunctionArn"] is UnknownValue { References: [{ Address: "Ingest" }] }, Is.True);
        });
    }

    [Test]
    public void A_function_with_a_role_gets_no_generated_role_and_a_single_policy_may_stand_alone()
    {
        var result = TemplateTestHost.Load(Preamble + """
            Resources:
              WithRole:
                Type: AWS::Serverless::Function
                Properties:
                  Role: arn:aws:iam::123456789012:role/existing
                  InlineCode: "def handler(e, c): pass"
              Single:
                Type: AWS::Serverless::Function
                Properties:
                  Policies: AdministratorAccess
            """);
        Assert.Multiple(() =>
        {
            Assert.That(result.Resources.Select(r => r.Address), Is.EqualTo(new[] { "WithRole", "Single", "SingleRole" }));
            Assert.That(result.Resource("WithRole")["Role"].AsString(), Is.EqualTo("arn:aws:iam::123456789012:role/existing"));
            Assert.That(result.Resource("WithRole").GetPathString("Code.ZipFile"), Does.StartWith("def handler"));
            Assert.That(result.Resource("SingleRole")["ManagedPolicyArns"].Elements.Select(e => e.AsString()), Does.Contain("arn:aws:iam::aws:policy/AdministratorAccess"));
        });
    }

    [Test]
    public void Api_events_without_an_api_make_the_implicit_api_with_globals_and_a_method_per_event()
    {
        var result = TemplateTestHost.Load(Preamble + """
            Globals:
              Api:
                TracingEnabled: true
                Auth:
                  DefaultAuthorizer: Pool
                  Authorizers:
                    Pool:
                      UserPoolArn: arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_x
            Resources:
              Patients:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    List:
                      Type: Api
                      Properties:
                        Path: /patients
                        Method: get
                    Health:
                      Type: Api
                      Properties:
                        Path: /health
                        Method: any
                        Auth:
                          Authorizer: NONE
            Outputs:
              Endpoint:
                Value: !Sub https://${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com/Prod
            """);
        var stage = result.Resource("ServerlessRestApiProdStage");
        var list = result.Resource("ServerlessRestApi GET /patients");
        var health = result.Resource("ServerlessRestApi ANY /health");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
            Assert.That(result.Resource("ServerlessRestApi").Type, Is.EqualTo("AWS::ApiGateway::RestApi"));
            Assert.That(result.Resource("ServerlessRestApi").DeclarationRange.Located(), Is.EqualTo("16:17 Api"), "located at the first event that makes it");
            Assert.That(result.Resource("ServerlessRestApi").GeneratedFrom, Is.EqualTo(new GeneratedFrom("Patients", "AWS::Serverless::Function")));
            Assert.That(stage.Type, Is.EqualTo("AWS::ApiGateway::Stage"));
            Assert.That(stage["StageName"].AsString(), Is.EqualTo("Prod"));
            Assert.That(stage["TracingEnabled"].Range.Located(), Is.EqualTo("4:21 true"), "a global value stays located in Globals");
            Assert.That(stage["RestApiId"] is UnknownValue { References: [{ Address: "ServerlessRestApi" }] }, Is.True);
            Assert.That(list.Type, Is.EqualTo("AWS::ApiGateway::Method"));
            Assert.That(list["HttpMethod"].AsString(), Is.EqualTo("GET"));
            Assert.That(list["AuthorizationType"].AsString(), Is.EqualTo("COGNITO_USER_POOLS"));
            Assert.That(list["AuthorizationType"].Range.Located(), Is.EqualTo("6:26 Pool"), "located at the default authorizer that decides it");
            Assert.That(list.DeclarationRange.Located(), Is.EqualTo("19:21 get"));
            Assert.That(health["AuthorizationType"].AsString(), Is.EqualTo("NONE"));
            Assert.That(health["AuthorizationType"].Range.Located(), Is.EqualTo("26:27 NONE"));
        });
    }

    [Test]
    public void An_explicit_api_gets_its_stage_domain_usage_plan_and_the_events_that_name_it()
    {
        var result = TemplateTestHost.Load(Preamble + """
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: v1-live
                  PropagateTags: true
                  Tags:
                    team: records
                  AccessLogSetting:
                    DestinationArn: !GetAtt Logs.Arn
                  MethodSettings:
                    - HttpMethod: '*'
                      ResourcePath: /*
                      ThrottlingRateLimit: 100
                  Domain:
                    DomainName: api.example.org
                    CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/x
                    SecurityPolicy: TLS_1_2
                  Auth:
                    DefaultAuthorizer: Lambda
                    ApiKeyRequired: true
                    Authorizers:
                      Lambda:
                        FunctionArn: !GetAtt AuthFn.Arn
                    UsagePlan:
                      CreateUsagePlan: PER_API
                      Throttle:
                        RateLimit: 50
              Logs:
                Type: AWS::Logs::LogGroup
              AuthFn:
                Type: AWS::Serverless::Function
                Properties:
                  Role: arn:aws:iam::123456789012:role/auth
                  Events:
                    Get:
                      Type: Api
                      Properties:
                        RestApiId: !Ref Api
                        Path: /records/{id}
                        Method: GET
                        Auth:
                          Authorizer: Missing
            """);
        var stage = result.Resource("Apiv1liveStage");
        var method = result.Resource("Api GET /records/{id}");
        var plan = result.Resource("ApiUsagePlan");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
            Assert.That(result.Resources.Select(r => r.Address), Is.EqualTo(new[]
            {
                "Api", "Apiv1liveStage", "ApiDomainName", "ApiUsagePlan", "Api GET /records/{id}", "Logs", "AuthFn",
            }));
            Assert.That(stage.Attributes.GetPath("AccessLogSetting.DestinationArn"), Is.TypeOf<UnknownValue>());
            Assert.That(stage.Attributes.GetPath("MethodSettings.0.ThrottlingRateLimit").AsNumber(), Is.EqualTo(100m));
            Assert.That(result.Resource("ApiDomainName")["SecurityPolicy"].Range.Located(), Is.EqualTo("19:25 TLS_1_2"));
            Assert.That(result.Resource("ApiDomainName").Attributes.GetPath("EndpointConfiguration.Types.0").AsString(), Is.EqualTo("REGIONAL"));
            Assert.That(result.Resource("ApiDomainName")["RegionalCertificateArn"].IsKnown, Is.True);
            Assert.That(plan.Attributes.GetPath("Throttle.RateLimit").AsNumber(), Is.EqualTo(50m));
            Assert.That(plan.Attributes.GetPath("ApiStages.0.Stage") is UnknownValue { References: [{ Address: "Apiv1liveStage" }] }, Is.True);
            Assert.That(method["ApiKeyRequired"].IsTrue, Is.True);
            Assert.That(result.Resource("Api")["Tags"].Elements, Has.Length.EqualTo(1), "PropagateTags gives the API its tags");
            Assert.That(result.Resource("ApiDomainName")["Tags"].Elements, Has.Length.EqualTo(1));
            Assert.That(stage["Tags"].Elements, Has.Length.EqualTo(1));
            Assert.That(method["AuthorizationType"], Is.TypeOf<UnknownValue>(), "an authorizer that is not defined cannot be judged");
            Assert.That(((UnknownValue)method["AuthorizationType"]).Reason, Does.Contain("Missing"));
        });
    }

    [Test]
    public void Http_api_events_make_routes_with_jwt_and_iam_authorization()
    {
        var result = TemplateTestHost.Load(Preamble + """
            Resources:
              Http:
                Type: AWS::Serverless::HttpApi
                Properties:
                  AccessLogSettings:
                    DestinationArn: arn:aws:logs:eu-west-1:123456789012:log-group:http
                    Format: $context.requestId
                  Auth:
                    DefaultAuthorizer: Jwt
                    Authorizers:
                      Jwt:
                        JwtConfiguration:
                          issuer: https://issuer.example.org
                          audience: [api]
                        IdentitySource: $request.header.Authorization
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Role: arn:aws:iam::123456789012:role/fn
                  Events:
                    Named:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Http
                        Path: /items
                        Method: post
                    Iam:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Http
                        Path: /admin
                        Method: get
                        Auth:
                          Authorizer: AWS_IAM
                    Implicit:
                      Type: HttpApi
            """);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
            Assert.That(result.Resource("Http").Type, Is.EqualTo("AWS::ApiGatewayV2::Api"));
            Assert.That(result.Resource("Http")["ProtocolType"].AsString(), Is.EqualTo("HTTP"));
            Assert.That(result.Resource("HttpApiGatewayDefaultStage").Attributes.GetPath("AccessLogSettings.DestinationArn").AsString(), Does.EndWith("log-group:http"));
            Assert.That(result.Resource("Http POST /items")["RouteKey"].AsString(), Is.EqualTo("POST /items"));
            Assert.That(result.Resource("Http POST /items")["AuthorizationType"].AsString(), Is.EqualTo("JWT"));
            Assert.That(result.Resource("Http GET /admin")["AuthorizationType"].AsString(), Is.EqualTo("AWS_IAM"));
            Assert.That(result.Resource("ServerlessHttpApi $default")["RouteKey"].AsString(), Is.EqualTo("$default"));
            Assert.That(result.Resource("ServerlessHttpApi $default")["AuthorizationType"].IsMissing, Is.True, "no authorizer: API Gateway's default NONE applies");
            Assert.That(result.Resource("ServerlessHttpApiApiGatewayDefaultStage")["AccessLogSettings"].IsMissing, Is.True);
        });
    }

    [Test]
    public void Simple_tables_layers_and_state_machines_become_their_cloudformation_resources()
    {
        var result = TemplateTestHost.Load(Preamble + """
            Globals:
              SimpleTable:
                SSESpecification:
                  SSEEnabled: true
            Resources:
              Table:
                Type: AWS::Serverless::SimpleTable
                Properties:
                  PrimaryKey:
                    Name: patientId
                    Type: Number
              Layer:
                Type: AWS::Serverless::LayerVersion
                Properties:
                  ContentUri: layer/
                  CompatibleRuntimes: [python3.12]
              Flow:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Definition:
                    StartAt: Done
                    States:
                      Done:
                        Type: Succeed
                  Logging:
                    Level: ALL
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action: lambda:InvokeFunction
                          Resource: '*'
            """);
        var table = result.Resource("Table");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
            Assert.That(table.Type, Is.EqualTo("AWS::DynamoDB::Table"));
            Assert.That(table.GetPathString("KeySchema.0.AttributeName"), Is.EqualTo("patientId"));
            Assert.That(table.GetPathString("AttributeDefinitions.0.AttributeType"), Is.EqualTo("N"));
            Assert.That(table.GetPathString("BillingMode"), Is.EqualTo("PAY_PER_REQUEST"));
            Assert.That(table.Attributes.GetPath("SSESpecification.SSEEnabled").Range.Located(), Is.EqualTo("5:19 true"));
            Assert.That(result.Resource("Layer").Type, Is.EqualTo("AWS::Lambda::LayerVersion"));
            Assert.That(result.Resource("Layer")["Content"], Is.TypeOf<UnknownValue>());
            Assert.That(result.Resource("Flow").Type, Is.EqualTo("AWS::StepFunctions::StateMachine"));
            Assert.That(result.Resource("Flow").GetPathString("LoggingConfiguration.Level"), Is.EqualTo("ALL"));
            Assert.That(result.Resource("Flow").Attributes.GetPath("Definition.StartAt").AsString(), Is.EqualTo("Done"));
            Assert.That(result.Resource("FlowRole").GetPathString("AssumeRolePolicyDocument.Statement.0.Principal.Service.0"), Is.EqualTo("states.amazonaws.com"));
            Assert.That(result.Resource("FlowRole")["Policies"].Elements, Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void A_route_without_an_authorizer_on_an_api_with_its_own_definition_is_unknown()
    {
        var result = TemplateTestHost.Load(Preamble + """
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: live
                  DefinitionUri: s3://artefacts/openapi.yaml
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Role: arn:aws:iam::123456789012:role/fn
                  Events:
                    Get:
                      Type: Api
                      Properties:
                        RestApiId: !Ref Api
                        Path: /records
                        Method: get
            """);
        var authorization = result.Resource("Api GET /records")["AuthorizationType"];
        Assert.Multiple(() =>
        {
            Assert.That(authorization, Is.TypeOf<UnknownValue>());
            Assert.That(authorization.Range.Located(), Is.EqualTo("18:21 get"));
        });
    }

    [Test]
    public void Without_the_transform_serverless_types_stay_as_written()
    {
        var result = TemplateTestHost.Load("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x
            """);
        Assert.That(result.Resources.Select(r => $"{r.Address} {r.Type}"), Is.EqualTo(new[] { "Fn AWS::Serverless::Function" }));
    }
}
