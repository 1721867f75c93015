using System.Collections.Frozen;

namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>
/// The CloudFormation resource types known to take <c>Tags</c> even when a template writes none: the counterparts of
/// <see cref="TaggableResourceTypes.Known"/> (the same services), after each type's CloudFormation reference page
/// having a <c>Tags</c> property. Any other <c>AWS::</c> type that writes <c>Tags</c> is taggable too.
/// </summary>
public static class CloudFormationTaggableResourceTypes
{
    public static readonly FrozenSet<string> Known = new[]
    {
        // S3, KMS, Secrets Manager, ECR
        "AWS::S3::Bucket", "AWS::KMS::Key", "AWS::KMS::ReplicaKey", "AWS::SecretsManager::Secret", "AWS::ECR::Repository",

        // IAM
        "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::ManagedPolicy", "AWS::IAM::OIDCProvider", "AWS::IAM::SAMLProvider",

        // VPC and EC2
        "AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::SecurityGroup", "AWS::EC2::NetworkAcl", "AWS::EC2::RouteTable",
        "AWS::EC2::InternetGateway", "AWS::EC2::NatGateway", "AWS::EC2::EIP", "AWS::EC2::FlowLog", "AWS::EC2::NetworkInterface",
        "AWS::EC2::Instance", "AWS::EC2::Volume", "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancingV2::TargetGroup",

        // Databases and storage
        "AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::RDS::DBSubnetGroup", "AWS::RDS::DBParameterGroup",
        "AWS::RDS::DBClusterParameterGroup", "AWS::DynamoDB::Table", "AWS::EFS::FileSystem", "AWS::EFS::AccessPoint",
        "AWS::Redshift::Cluster", "AWS::RedshiftServerless::Namespace", "AWS::RedshiftServerless::Workgroup",
        "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain", "AWS::ElastiCache::ReplicationGroup",
        "AWS::ElastiCache::CacheCluster", "AWS::Backup::BackupVault",

        // Messaging, compute, APIs
        "AWS::SNS::Topic", "AWS::SQS::Queue", "AWS::Lambda::Function", "AWS::Serverless::Function", "AWS::ECS::Cluster",
        "AWS::ECS::Service", "AWS::ECS::TaskDefinition", "AWS::EKS::Cluster", "AWS::ApiGateway::RestApi", "AWS::ApiGateway::Stage",
        "AWS::ApiGatewayV2::Api", "AWS::ApiGatewayV2::Stage", "AWS::Kinesis::Stream", "AWS::KinesisFirehose::DeliveryStream",
        "AWS::SSM::Parameter",

        // SageMaker
        "AWS::SageMaker::NotebookInstance", "AWS::SageMaker::Domain", "AWS::SageMaker::UserProfile", "AWS::SageMaker::Model",
        "AWS::SageMaker::Endpoint", "AWS::SageMaker::EndpointConfig", "AWS::SageMaker::FeatureGroup",

        // Logging and detection
        "AWS::CloudTrail::Trail", "AWS::Logs::LogGroup", "AWS::CloudWatch::Alarm", "AWS::GuardDuty::Detector",
    }.ToFrozenSet(StringComparer.Ordinal);
}
