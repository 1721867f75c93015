using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Functions;
using static PolicyScan.Parsers.Tests.Functions.Functions;
using static PolicyScan.Parsers.Tests.Functions.V;

namespace PolicyScan.Parsers.Tests.Functions;

public class HashAndCryptoFunctionsTests
{
    private static readonly TestCaseData[] Results =
    [
        Case("md5", Str("5eb63bbbe01eeed093cb22bb8f5acdc3"), Str("hello world")),
        Case("sha1", Str("2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"), Str("hello world")),
        Case("sha256", Str("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"), Str("hello world")),
        Case("sha512", Str("309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f"), Str("hello world")),
        Case("base64sha256", Str("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="), Str("hello world")),
        Case("base64sha512", Str("MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw=="), Str("hello world")),
        Case("filemd5", Str("b10a8db164e0754105b7a99be72e3fe5"), Str("hello.txt")),
        Case("filesha1", Str("0a4d55a8d778e5022fab701977c5d840bbc486d0"), Str("hello.txt")),
        Case("filesha256", Str("a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e"), Str("hello.txt")),
        Case("filesha512", Str("2c74fd17edafd80e8447b0d46741ee243b7eb74dd2149a0ab1b9246fb30382f27e853d8585719e0e67cbda0daa8f51671064615d645ae27acb15bfb1447f459b"), Str("hello.txt")),
        Case("filebase64sha256", Str("pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4="), Str("hello.txt")),
        Case("filebase64sha512", Str("LHT9F+2v2A6ER7DUZ0HuJDt+t03SFJoKsbkkb7MDgvJ+hT2FhXGeDmfL2g2qj1FnEGRhXWRa4nrLFb+xRH9Fmw=="), Str("hello.txt")),
        Case("uuidv5", Str("a5008fae-b28c-5ba5-96cd-82b4c53552d6"), Str("dns"), Str("www.terraform.io")),
        Case("uuidv5", Str("9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5"), Str("url"), Str("https://www.terraform.io/")),
        Case("uuidv5", Str("af9d40a5-7a36-5c07-b23a-851cd99fbfa5"), Str("oid"), Str("1.3.6.1.4")),
        Case("uuidv5", Str("a5008fae-b28c-5ba5-96cd-82b4c53552d6"), Str("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), Str("www.terraform.io")),
    ];

    private static readonly TestCaseData[] Errors =
    [
        Error("uuidv5", "uuidv5() doesn't support namespace nope", Str("nope"), Str("x")),
        Error("filemd5", "no file exists at missing.txt", Str("missing.txt")),
        Error("sha256", "must not be null", Null),
    ];

    [TestCaseSource(nameof(Results))]
    public void Returns_the_documented_result(string function, Value[] arguments, Value expected) =>
        AssertValue(Call(function, arguments), expected);

    [TestCaseSource(nameof(Errors))]
    public void Rejects_invalid_arguments(string function, Value[] arguments, string message) =>
        Assert.That(Fails(function, arguments), Does.Contain(message));

    [TestCase("bcrypt")]
    [TestCase("uuid")]
    [TestCase("rsadecrypt")]
    public void Random_or_secret_dependent_functions_are_impure(string name)
    {
        Assert.That(TerraformFunctions.Table.TryGet(name, out var function), Is.True);
        Assert.That(function.IsImpure, Is.True);
    }
}
