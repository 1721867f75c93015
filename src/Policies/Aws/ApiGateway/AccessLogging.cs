using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.ApiGateway;

namespace PolicyScan.Policies.Aws.ApiGateway;

/// <summary>The access logging check shared by REST and v2 stages: a settings block with a destination.</summary>
internal static class AccessLogging
{
    public static void Check(ApiGatewayStage stage, PolicyCheck check)
    {
        if (stage.AccessLogSettings.IsAbsent)
        {
            check.Fail(stage.AccessLogSettings, $"Stage \"{stage.Label}\" has no access logging");
            return;
        }

        if (stage.AccessLogSettings.MayNotExist)
        {
            check.Unknown(stage.AccessLogSettings, $"Stage \"{stage.Label}\" may have no access logging: whether it has settings is known only after apply or at deployment");
            return;
        }

        if (stage.AccessLogDestination.IsAbsent)
        {
            check.Fail(stage.AccessLogSettings, $"Stage \"{stage.Label}\" has {Settings(check)} without a {check.Name("destination_arn", "DestinationArn")}");
        }
    }

    /// <summary>The settings block as the format names it: REST stages write AccessLogSetting, v2 stages AccessLogSettings.</summary>
    private static string Settings(PolicyCheck check) =>
        check.Name("access_log_settings", check.Resource.Type == "AWS::ApiGateway::Stage" ? "AccessLogSetting" : "AccessLogSettings");
}
