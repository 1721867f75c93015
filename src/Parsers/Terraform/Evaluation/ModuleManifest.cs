using System.Text.Json;

namespace PolicyScan.Parsers.Terraform.Evaluation;

/// <summary>
/// <c>.terraform/modules/modules.json</c>, written by <c>terraform init</c>: where each remote module call
/// was downloaded. Keys are dotted call paths (<c>vpc</c>, <c>vpc.subnets</c>).
/// </summary>
internal sealed class ModuleManifest
{
    private readonly Dictionary<string, string> directories;

    private ModuleManifest(Dictionary<string, string> directories) => this.directories = directories;

    public static ModuleManifest Read(string rootDirectory)
    {
        var path = Path.Combine(rootDirectory, ".terraform", "modules", "modules.json");
        var directories = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                if (document.RootElement.TryGetProperty("Modules", out var modules) && modules.ValueKind == JsonValueKind.Array)
                {
                    foreach (var module in modules.EnumerateArray())
                    {
                        if (module.TryGetProperty("Key", out var key) && module.TryGetProperty("Dir", out var dir)
                            && key.ValueKind == JsonValueKind.String && dir.ValueKind == JsonValueKind.String)
                        {
                            directories[key.GetString()!] = Path.GetFullPath(Path.Combine(rootDirectory, dir.GetString()!));
                        }
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            // A broken manifest only means remote modules stay unresolved, which is reported per module call.
            directories.Clear();
        }

        return new ModuleManifest(directories);
    }

    public string? Find(string key) => directories.TryGetValue(key, out var dir) && Directory.Exists(dir) ? dir : null;
}
