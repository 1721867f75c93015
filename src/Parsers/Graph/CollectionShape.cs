namespace PolicyScan.Parsers.Graph;

/// <summary>HCL's distinction among sequence types (tuple, list, set); all are <see cref="ValueKind.List"/>.</summary>
public enum SequenceShape
{
    Tuple,
    List,
    Set,
}

/// <summary>HCL's distinction among mapping types (object, map); both are <see cref="ValueKind.Map"/>.</summary>
public enum MappingShape
{
    Object,
    Map,
}
