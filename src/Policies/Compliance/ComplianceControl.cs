namespace PolicyScan.Policies.Compliance;

/// <summary>
/// A control of a compliance framework that built-in policies cite, as the evidence report shows it: its id as cited
/// (<c>164.312(a)(2)(iv)</c>), its title, a one-line summary in the catalogue's own words (never the source's text),
/// whether the title is a label we wrote (the source gives the control no name), and for HIPAA whether the
/// specification is required or addressable (auditors ask).
/// </summary>
public sealed record ComplianceControl(string Framework, string Id, string Title, string Summary = "", bool TitleIsOurLabel = false, string? Designation = null)
{
    /// <summary>The reference form policies use: <c>framework:id</c>.</summary>
    public string Reference => Framework + ":" + Id;
}
