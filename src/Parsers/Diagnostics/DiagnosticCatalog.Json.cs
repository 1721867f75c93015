namespace PolicyScan.Parsers.Diagnostics;

public static partial class DiagnosticCatalog
{
    // JSON syntax (shared by .tf.json, CloudFormation, ARM and plan JSON). Each is reported at the offending
    // character; the reader recovers so that one mistake gives one diagnostic.
    public static readonly DiagnosticDescriptor JsonUnexpectedInput = new("JSON1001", DiagnosticSeverity.Error, "unexpected {0}; expected {1}");

    public static readonly DiagnosticDescriptor JsonUnterminatedString = new("JSON1002", DiagnosticSeverity.Error, "unterminated string: the closing '\"' is missing before the end of the line");

    public static readonly DiagnosticDescriptor JsonInvalidEscape = new("JSON1003", DiagnosticSeverity.Error, "invalid escape sequence '{0}' in a string");

    public static readonly DiagnosticDescriptor JsonExpectedColon = new("JSON1004", DiagnosticSeverity.Error, "expected ':' after the property name \"{0}\"");

    public static readonly DiagnosticDescriptor JsonExpectedComma = new("JSON1005", DiagnosticSeverity.Error, "expected ',' before the next {0}");

    public static readonly DiagnosticDescriptor JsonExpectedCloseBrace = new("JSON1006", DiagnosticSeverity.Error, "expected ',' or '}}' in the object that starts at {0}, found {1}");

    public static readonly DiagnosticDescriptor JsonExpectedCloseBracket = new("JSON1007", DiagnosticSeverity.Error, "expected ',' or ']' in the array that starts at {0}, found {1}");

    public static readonly DiagnosticDescriptor JsonTrailingData = new("JSON1008", DiagnosticSeverity.Error, "unexpected {0} after the end of the JSON document");

    public static readonly DiagnosticDescriptor JsonInvalidNumber = new("JSON1009", DiagnosticSeverity.Error, "invalid number: {0}");

    public static readonly DiagnosticDescriptor JsonDepthLimit = new("JSON1010", DiagnosticSeverity.Error, "the document nests deeper than {0} levels; this part is skipped");

    public static readonly DiagnosticDescriptor JsonCommentNotAllowed = new("JSON1011", DiagnosticSeverity.Error, "comments are not allowed in this JSON file");

    public static readonly DiagnosticDescriptor JsonTrailingCommaNotAllowed = new("JSON1012", DiagnosticSeverity.Error, "a trailing comma is not allowed in this JSON file");

    public static readonly DiagnosticDescriptor JsonUnterminatedComment = new("JSON1013", DiagnosticSeverity.Error, "unterminated comment: '*/' is missing");

    public static readonly DiagnosticDescriptor JsonControlCharacterInString = new("JSON1014", DiagnosticSeverity.Error, "the control character {0} must be escaped in a string");

    public static readonly DiagnosticDescriptor JsonExpectedPropertyName = new("JSON1015", DiagnosticSeverity.Error, "expected a property name in double quotes, found {0}");
}
