namespace PolicyScan.Cli.Output.Evidence;

/// <summary>What the results of a control's policies, taken together, say about the control.</summary>
internal enum ControlStatus
{
    /// <summary>At least one resource failed one of the control's policies.</summary>
    Failed,

    /// <summary>No failure, but some results are unknown (values known only at deployment): not fully verified.</summary>
    PassedWithUnknowns,

    /// <summary>Resources were checked and every result passed (suppressed failures, if any, are listed as waivers).</summary>
    Passed,

    /// <summary>A gap: nothing passed or failed; the results are only unknown, not applicable or suppressed, or there are none.</summary>
    NoEvidence,
}
