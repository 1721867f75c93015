namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// Thrown by a function body for invalid arguments. The evaluator catches exactly this type and turns it
/// into a located HCL3002 diagnostic with an unknown result: it never leaves the evaluator.
/// </summary>
public sealed class FunctionException : Exception
{
    public FunctionException(string message)
        : base(message)
    {
    }

    public FunctionException()
    {
    }

    public FunctionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
