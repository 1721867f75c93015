namespace PolicyScan.Parsers.Diagnostics;

public static partial class DiagnosticCatalog
{
    // Native syntax (HCL1xxx). A message without arguments is used as written, so its braces are not doubled. Positions follow the HCL specification's conformance suite where it has a case.
    public static readonly DiagnosticDescriptor ExpectedBodyItem = new("HCL1001", DiagnosticSeverity.Error, "expected an argument or a block definition, found {0}");

    public static readonly DiagnosticDescriptor ExpectedEqualsAfterName = new("HCL1002", DiagnosticSeverity.Error, "expected '=' after the argument name \"{0}\", or a label or '{{' after the block type");

    public static readonly DiagnosticDescriptor ArgumentNotOnOwnLine = new("HCL1003", DiagnosticSeverity.Error, "each argument must be on its own line: expected a newline after the argument, found {0}");

    public static readonly DiagnosticDescriptor BlockNotOnOwnLine = new("HCL1004", DiagnosticSeverity.Error, "expected a newline after the closing brace of the block, found {0}");

    public static readonly DiagnosticDescriptor UnclosedBlock = new("HCL1005", DiagnosticSeverity.Error, "unclosed block: expected '}' before the end of the file");

    public static readonly DiagnosticDescriptor InvalidBlockHeader = new("HCL1006", DiagnosticSeverity.Error, "expected a quoted block label or '{{' on the line of the block type, found {0}");

    public static readonly DiagnosticDescriptor SingleLineBlockHasOneArgument = new("HCL1007", DiagnosticSeverity.Error, "a single-line block can hold only one argument; write one argument per line in a multi-line block");

    public static readonly DiagnosticDescriptor SingleLineBlockNotClosed = new("HCL1008", DiagnosticSeverity.Error, "the closing brace of a single-line block must be on the same line as its argument");

    public static readonly DiagnosticDescriptor SingleLineBlockHasBlock = new("HCL1009", DiagnosticSeverity.Error, "a single-line block cannot contain a block; put the nested block on its own line");

    public static readonly DiagnosticDescriptor ExpectedExpression = new("HCL1010", DiagnosticSeverity.Error, "expected an expression, found {0}");

    public static readonly DiagnosticDescriptor UnterminatedString = new("HCL1011", DiagnosticSeverity.Error, "unterminated string: expected '\"' before the end of the line");

    public static readonly DiagnosticDescriptor UnterminatedHeredoc = new("HCL1012", DiagnosticSeverity.Error, "unterminated heredoc: expected {0} on a line of its own");

    public static readonly DiagnosticDescriptor InvalidEscape = new("HCL1013", DiagnosticSeverity.Error, "invalid escape sequence {0}: use \\n, \\r, \\t, \\\", \\\\, \\uNNNN or \\UNNNNNNNN");

    public static readonly DiagnosticDescriptor TemplateInLabel = new("HCL1014", DiagnosticSeverity.Error, "a block label cannot contain template sequences; write $${ or %%{ for a literal");

    public static readonly DiagnosticDescriptor ExpectedClosing = new("HCL1015", DiagnosticSeverity.Error, "expected '{0}', found {1}");

    public static readonly DiagnosticDescriptor ExpectedSeparator = new("HCL1016", DiagnosticSeverity.Error, "expected ',' or {0}, found {1}");

    public static readonly DiagnosticDescriptor ExpectedObjectItemSeparator = new("HCL1017", DiagnosticSeverity.Error, "expected '=' or ':' after the object key, found {0}");

    public static readonly DiagnosticDescriptor InvalidForSyntax = new("HCL1018", DiagnosticSeverity.Error, "invalid for expression: {0}");

    public static readonly DiagnosticDescriptor InvalidTemplateDirective = new("HCL1019", DiagnosticSeverity.Error, "invalid template directive: {0}");

    public static readonly DiagnosticDescriptor ExpectedAttributeName = new("HCL1020", DiagnosticSeverity.Error, "expected an attribute name or '*' after '.', found {0}");

    public static readonly DiagnosticDescriptor ChainedLegacyIndex = new("HCL1021", DiagnosticSeverity.Error, "legacy indexes cannot be chained as in .{0}; write [{1}][{2}]");

    public static readonly DiagnosticDescriptor InvalidCharacter = new("HCL1022", DiagnosticSeverity.Error, "invalid character {0}");

    public static readonly DiagnosticDescriptor UnterminatedComment = new("HCL1023", DiagnosticSeverity.Error, "unterminated comment: expected '*/' before the end of the file");

    public static readonly DiagnosticDescriptor NestingTooDeep = new("HCL1024", DiagnosticSeverity.Error, "nesting is deeper than {0} levels");

    // A warning: the number is valid HCL, only too large or too precise for this tool's decimal numbers.
    public static readonly DiagnosticDescriptor NumberOutOfRange = new("HCL1025", DiagnosticSeverity.Warning, "the number {0} is outside the range this tool can represent; its value is unknown");

    public static readonly DiagnosticDescriptor ExpectedConditionalColon = new("HCL1026", DiagnosticSeverity.Error, "expected ':' and the false result of the conditional expression, found {0}");

    public static readonly DiagnosticDescriptor UnexpectedAfterExpression = new("HCL1027", DiagnosticSeverity.Error, "unexpected {0} after the end of the expression");

    public static readonly DiagnosticDescriptor EllipsisNotLast = new("HCL1028", DiagnosticSeverity.Error, "'...' expands only the last argument: expected ')', found {0}");

    public static readonly DiagnosticDescriptor DuplicateArgument = new("HCL1029", DiagnosticSeverity.Error, "the argument \"{0}\" was already set at line {1}; each argument may be set only once");

    public static readonly DiagnosticDescriptor ExpectedFunctionName = new("HCL1030", DiagnosticSeverity.Error, "expected a function name after '::', found {0}");

    public static readonly DiagnosticDescriptor QuotedArgumentName = new("HCL1031", DiagnosticSeverity.Error, "argument names must not be quoted");
}
