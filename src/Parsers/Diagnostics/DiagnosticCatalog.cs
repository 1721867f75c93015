namespace PolicyScan.Parsers.Diagnostics;

/// <summary>
/// Every diagnostic the front ends can report, with a stable code. The catalogue is one partial class split by
/// area (one file each); the prefix says the area: PS0xxx input files, HCL1xxx native syntax, HCL2xxx JSON
/// syntax, HCL3xxx expression evaluation, HCL4xxx functions, TF5xxx Terraform configuration.
/// A test checks that codes are unique.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor FileUnreadable = new("PS0001", DiagnosticSeverity.Error, "cannot read the file: {0}");

    public static readonly DiagnosticDescriptor FileNotText = new("PS0002", DiagnosticSeverity.Error, "the file is not UTF-8 or UTF-16 text: {0}");

    /// <summary>A defect in PolicyScan itself met on this input: reported, so the scan goes on with the other files.</summary>
    public static readonly DiagnosticDescriptor InternalError = new("PS0003", DiagnosticSeverity.Error, "internal error while reading this input ({0}); please report it with the file");

    public static readonly DiagnosticDescriptor SymlinkPlaceholder = new("PS0004", DiagnosticSeverity.Info, "the file holds only the path \"{0}\", as git writes a symbolic link where links are not checked out; the target is read instead");

    /// <summary>A policy that threw: its results on the input are incomplete, and the other policies' results stay.</summary>
    public static readonly DiagnosticDescriptor PolicyFailed = new("PS0100", DiagnosticSeverity.Error, "policy {0} failed while checking this input ({1}); its results for it are incomplete");

    /// <summary>All descriptors, found by reflection, for the uniqueness test and for documentation.</summary>
    public static IEnumerable<DiagnosticDescriptor> All =>
        typeof(DiagnosticCatalog).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
}
