namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>Terraform's built-in functions that are pure and work offline, plus the impure ones as unknown.</summary>
public static class TerraformFunctions
{
    public static FunctionTable Table { get; } = new(
        NumericFunctions.All
            .Concat(StringFunctions.All)
            .Concat(CollectionFunctions.All)
            .Concat(EncodingFunctions.All)
            .Concat(FilesystemFunctions.All)
            .Concat(HashAndCryptoFunctions.All)
            .Concat(DateTimeFunctions.All)
            .Concat(IpNetworkFunctions.All)
            .Concat(TypeConversionFunctions.All)
            .Select(Guarded));

    /// <summary>
    /// Only <see cref="FunctionException"/> may leave a function: arithmetic overflow on huge numbers and
    /// similar failures on hostile input become a located message instead of a crash.
    /// </summary>
    private static HclFunction Guarded(HclFunction function) => function with
    {
        Body = invocation =>
        {
            try
            {
                return function.Body(invocation);
            }
            catch (OverflowException)
            {
                throw FunctionInvocation.Fail("a number in this call is too large");
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw FunctionInvocation.Fail($"a value is out of range: {e.Message}");
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                throw FunctionInvocation.Fail("the regular expression took too long to match");
            }
            catch (IOException e)
            {
                throw FunctionInvocation.Fail($"cannot read the file system: {e.Message}");
            }
            catch (UnauthorizedAccessException e)
            {
                throw FunctionInvocation.Fail($"cannot read the file system: {e.Message}");
            }
        },
    };
}
