namespace PolicyScan.Parsers.Json;

public enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}
