using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model;

/// <summary>
/// The value an attribute takes when it is not written: the provider's documented default, located at the resource
/// header and marked as defaulted, so findings on it point at the resource and reports can say it was not set.
/// </summary>
public static class Defaults
{
    /// <summary>The written value, or the default when the attribute is missing or null.</summary>
    public static Value Or(Value written, Resource resource, bool defaultValue) =>
        written.IsAbsent ? new BoolValue(defaultValue, resource.DeclarationRange, ValueOrigin.Defaulted) : written;

    public static Value Or(Value written, Resource resource, string defaultValue) =>
        written.IsAbsent ? new StringValue(defaultValue, resource.DeclarationRange, ValueOrigin.Defaulted) : written;

    public static Value Or(Value written, Resource resource, decimal defaultValue) =>
        written.IsAbsent ? new NumberValue(defaultValue, resource.DeclarationRange, ValueOrigin.Defaulted) : written;

    /// <summary>A written value, or a missing value located at the resource header.</summary>
    public static Value OrMissing(Value written, Resource resource) =>
        written.IsAbsent ? new MissingValue(resource.DeclarationRange) : written;
}
