namespace PolicyScan.Policies.Engine;

/// <summary>
/// A policy: one control with a stable id. Built-in and custom policies derive from this (or, for most, from
/// <see cref="Policy{TSubject}"/>). Policies are discovered, never listed by hand.
/// </summary>
public abstract class Policy
{
    public abstract PolicyMetadata Metadata { get; }

    /// <summary>Evaluates the policy over the whole scan, recording a result for each subject it applies to.</summary>
    public abstract void Evaluate(PolicyContext context);

    public override string ToString() => Metadata.Id;
}
