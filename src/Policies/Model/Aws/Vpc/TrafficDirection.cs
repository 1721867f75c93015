namespace PolicyScan.Policies.Model.Aws.Vpc;

/// <summary>Which way a security group or network ACL rule lets traffic through.</summary>
public enum TrafficDirection
{
    Ingress,
    Egress,
}
