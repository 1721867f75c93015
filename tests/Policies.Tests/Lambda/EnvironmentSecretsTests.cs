using PolicyScan.Policies.Aws.Lambda;

namespace PolicyScan.Policies.Tests.Lambda;

/// <summary>What the Lambda environment check takes for a secret, and what it leaves alone.</summary>
public sealed class EnvironmentSecretsTests
{
    [TestCase("ANY_NAME", "AKIAIOSFODNN7EXAMPLE", "an AWS access key id")]
    [TestCase("CONFIG", "id=ASIAIOSFODNN7EXAMPLE;region=eu-west-1", "an AWS access key id")]
    [TestCase("KEY", "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----", "a private key")]
    [TestCase("SSH", "-----BEGIN OPENSSH PRIVATE KEY-----", "a private key")]
    [TestCase("DB_PASSWORD", "q8Zr2Lx9VfT3mWn7Kp4Yb6Hd", "a high-entropy value")]
    [TestCase("stripeApiKey", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "a high-entropy value")]
    [TestCase("Private-Key", "MIIBOgIBAAJBAKj34GkxFhD90vcN", "a high-entropy value")]
    public void Recognises_secrets(string name, string value, string kind) =>
        Assert.That(EnvironmentSecrets.Classify(name, value), Is.EqualTo(kind));

    [TestCase("LOG_LEVEL", "q8Zr2Lx9VfT3mWn7Kp4Yb6Hd")]
    [TestCase("DB_PASSWORD", "hunter2")]
    [TestCase("DB_PASSWORD", "changeme-changeme")]
    [TestCase("DB_PASSWORD_SECRET_ARN", "q8Zr2Lx9VfT3mWn7Kp4Yb6Hd")]
    [TestCase("TOKEN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:partner-token-AbCdEf")]
    [TestCase("API_KEY", "/prod/partner/api-key-v2-x9Q")]
    [TestCase("TOKEN", "https://auth.example.com/oauth2/token?x=Q8zR2")]
    [TestCase("AKIA_COUNT", "AKIAIOSFODNN7EXAMPLEX")]
    public void Leaves_other_values_alone(string name, string value) =>
        Assert.That(EnvironmentSecrets.Classify(name, value), Is.Null);

    [Test]
    public void Entropy_is_zero_for_one_repeated_character_and_four_bits_for_sixteen_distinct() =>
        Assert.Multiple(() =>
        {
            Assert.That(EnvironmentSecrets.ShannonEntropy("aaaaaaaaaaaaaaaa"), Is.EqualTo(0));
            Assert.That(EnvironmentSecrets.ShannonEntropy("0123456789abcdef"), Is.EqualTo(4).Within(1e-9));
        });
}
