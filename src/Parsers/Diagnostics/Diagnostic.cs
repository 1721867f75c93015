using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Diagnostics;

/// <summary>A located problem in an input. Parsers return these instead of throwing.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, string Message, SourceRange Range)
{
    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceRange range, params object?[] args) =>
        new(descriptor, descriptor.Format(args), range);

    /// <summary>The compiler-style line: <c>file:line:column: error CODE: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{Range}: {severity} {Code}: {Message}";
    }
}
