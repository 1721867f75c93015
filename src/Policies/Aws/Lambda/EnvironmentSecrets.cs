using System.Text.RegularExpressions;

namespace PolicyScan.Policies.Aws.Lambda;

/// <summary>
/// Recognises secrets written as environment variable values. Values are classified, never returned or printed:
/// findings must not copy a secret into reports.
/// </summary>
internal static partial class EnvironmentSecrets
{
    /// <summary>Shorter values are too short to tell a secret from a word; longer random ones are.</summary>
    public const int MinimumLength = 16;

    /// <summary>
    /// Bits per character above which a value under a secret-looking name is taken for a generated secret. Random
    /// base64 or hex of 16+ characters scores about 3.6-4.5; words, ARNs and placeholders mostly stay below.
    /// </summary>
    public const double EntropyThreshold = 3.5;

    private static readonly string[] SecretNameParts = ["password", "passwd", "secret", "token", "apikey", "privatekey", "credential"];

    /// <summary>Names that say the value only points at a secret (its ARN, name, path or URL), which is the right way.</summary>
    private static readonly string[] ReferenceNameSuffixes = ["arn", "name", "id", "path", "param", "parameter", "url", "uri", "endpoint", "file", "ttl", "header", "version"];

    /// <summary>What kind of secret the value is, or null when it does not look like one.</summary>
    public static string? Classify(string name, string value)
    {
        // CloudFormation resolves a Secrets Manager dynamic reference at deployment and stores the plain secret in the
        // function's configuration, where lambda:GetFunctionConfiguration shows it.
        if (value.Contains("{{resolve:secretsmanager:", StringComparison.Ordinal))
        {
            return "a Secrets Manager secret that CloudFormation resolves into it";
        }

        if (AccessKeyId().IsMatch(value))
        {
            return "an AWS access key id";
        }

        if (PrivateKey().IsMatch(value))
        {
            return "a private key";
        }

        if (HasSecretName(name) && value.Length >= MinimumLength && !LooksLikeReference(value) && ShannonEntropy(value) >= EntropyThreshold)
        {
            return "a high-entropy value";
        }

        return null;
    }

    public static bool HasSecretName(string name)
    {
        var normalized = Normalize(name);
        return SecretNameParts.Any(normalized.Contains) && !ReferenceNameSuffixes.Any(normalized.EndsWith);
    }

    /// <summary>Bits of information per character, from the character frequencies of the value.</summary>
    public static double ShannonEntropy(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        return value.GroupBy(c => c)
            .Select(g => (double)g.Count() / value.Length)
            .Sum(p => -p * Math.Log2(p));
    }

    /// <summary>ARNs, SSM parameter paths and URLs without credentials name a secret rather than hold it.</summary>
    private static bool LooksLikeReference(string value) =>
        value.StartsWith("arn:", StringComparison.Ordinal)
        || value.StartsWith('/')
        || ((value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) && !value.Contains('@'));

    private static string Normalize(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    [GeneratedRegex("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])")]
    private static partial Regex AccessKeyId();

    [GeneratedRegex("-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();
}
