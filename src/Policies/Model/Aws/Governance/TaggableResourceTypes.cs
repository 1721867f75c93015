using System.Collections.Frozen;

namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>
/// The AWS resource types known to take <c>tags</c> (and so to receive the provider's <c>default_tags</c>) even when a
/// configuration writes none. The scanner cannot read provider schemas, so this is a kept list of common types of the
/// services our policies cover whose provider schema has a <c>tags</c> argument; any other <c>aws_</c> resource that
/// writes <c>tags</c> is taggable too. Add a type here when a configuration may leave its tags out. <c>aws_autoscaling_group</c> is left out on purpose:
/// it tags through <c>tag</c> blocks and the provider's default tags do not apply to it.
/// </summary>
public static class TaggableResourceTypes
{
    public static readonly FrozenSet<string> Known = new[]
    {
        // S3, KMS, Secrets Manager, ECR
        "aws_s3_bucket", "aws_kms_key", "aws_kms_replica_key", "aws_kms_external_key", "aws_secretsmanager_secret", "aws_ecr_repository",

        // IAM
        "aws_iam_role", "aws_iam_user", "aws_iam_policy", "aws_iam_instance_profile", "aws_iam_openid_connect_provider", "aws_iam_saml_provider",

        // VPC and EC2
        "aws_vpc", "aws_subnet", "aws_security_group", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_network_acl", "aws_route_table", "aws_internet_gateway", "aws_nat_gateway",
        "aws_eip", "aws_vpc_endpoint", "aws_flow_log", "aws_network_interface", "aws_instance", "aws_ebs_volume", "aws_ebs_snapshot",
        "aws_launch_template", "aws_lb", "aws_lb_target_group",

        // Databases and storage
        "aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance", "aws_db_subnet_group", "aws_db_parameter_group",
        "aws_rds_cluster_parameter_group", "aws_dynamodb_table", "aws_efs_file_system", "aws_efs_access_point", "aws_redshift_cluster",
        "aws_redshiftserverless_namespace", "aws_redshiftserverless_workgroup", "aws_opensearch_domain", "aws_elasticsearch_domain",
        "aws_elasticache_replication_group", "aws_elasticache_cluster", "aws_backup_vault",

        // Messaging, compute, APIs
        "aws_sns_topic", "aws_sqs_queue", "aws_lambda_function", "aws_ecs_cluster", "aws_ecs_service", "aws_ecs_task_definition",
        "aws_eks_cluster", "aws_api_gateway_rest_api", "aws_api_gateway_stage", "aws_apigatewayv2_api", "aws_apigatewayv2_stage",
        "aws_kinesis_stream", "aws_kinesis_firehose_delivery_stream",

        // SageMaker
        "aws_sagemaker_notebook_instance", "aws_sagemaker_domain", "aws_sagemaker_user_profile", "aws_sagemaker_model",
        "aws_sagemaker_endpoint", "aws_sagemaker_endpoint_configuration", "aws_sagemaker_feature_group",

        // Logging and detection
        "aws_cloudtrail", "aws_cloudwatch_log_group", "aws_cloudwatch_metric_alarm", "aws_guardduty_detector",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Resource types that write <c>tags</c> but do not take the provider's default tags.</summary>
    public static readonly FrozenSet<string> Excluded = new[] { "aws_autoscaling_group" }.ToFrozenSet(StringComparer.Ordinal);
}
