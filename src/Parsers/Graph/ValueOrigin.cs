namespace PolicyScan.Parsers.Graph;

/// <summary>Where a value came from, so that a policy can tell a written value from a default.</summary>
public enum ValueOrigin
{
    /// <summary>Written in the source (a literal, or evaluated from expressions in the source).</summary>
    Written,

    /// <summary>Not written: the documented default of the provider or resource type.</summary>
    Defaulted,

    /// <summary>Unknowable before deployment: a computed attribute, an unset variable, an impure function.</summary>
    Unknown,
}
