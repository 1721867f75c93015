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

        var destination = stage.AccessLogSettings["destination_arn"];
        if (destination.IsAbsent)
        {
            check.Fail(stage.AccessLogSettings, $"Stage \"{stage.Label}\" has access_log_settings without a destination_arn");
        }
    }
}
