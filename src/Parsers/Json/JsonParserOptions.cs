namespace PolicyScan.Parsers.Json;

/// <summary>What the JSON reader accepts beyond RFC 8259, and how deep it nests before giving up.</summary>
public sealed record JsonParserOptions
{
    /// <summary>Plain JSON: .tf.json, CloudFormation, plan output.</summary>
    public static JsonParserOptions Strict { get; } = new();

    /// <summary>What ARM templates allow: <c>//</c> and <c>/* */</c> comments and trailing commas.</summary>
    public static JsonParserOptions Lenient { get; } = new() { AllowComments = true, AllowTrailingCommas = true };

    /// <summary>Accept <c>//</c> and <c>/* */</c> comments wherever whitespace may be; they are kept as trivia.</summary>
    public bool AllowComments { get; init; }

    /// <summary>Accept one comma after the last member of an object or array.</summary>
    public bool AllowTrailingCommas { get; init; }

    /// <summary>
    /// How many objects and arrays may nest. Deeper containers are skipped with a diagnostic rather than risking the
    /// stack: the reader is recursive, one frame pair per level.
    /// </summary>
    public int MaxDepth { get; init; } = 256;
}
