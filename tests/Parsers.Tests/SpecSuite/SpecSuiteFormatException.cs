using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// A <c>.hcldec</c> or <c>.t</c> file uses something this runner does not understand. It fails the case loudly
/// rather than letting it pass on a partial reading.
/// </summary>
public sealed class SpecSuiteFormatException : Exception
{
    public SpecSuiteFormatException()
    {
    }

    public SpecSuiteFormatException(string message)
        : base(message)
    {
    }

    public SpecSuiteFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SpecSuiteFormatException(SourceRange range, string message)
        : base($"{range}: {message}")
    {
    }
}
