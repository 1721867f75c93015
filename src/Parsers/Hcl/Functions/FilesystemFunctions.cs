using System.Text;
using System.Text.RegularExpressions;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>
/// Functions that read the module's own files (relative paths resolve against the environment's base
/// directory) and pure path manipulation. Paths in results use forward slashes, as Terraform's do.
/// </summary>
internal static class FilesystemFunctions
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<HclFunction> All =>
    [
        new("abspath", 1, 1, AbsPath),
        new("basename", 1, 1, i => i.String(BaseName(i.String(0, "path")))),
        new("dirname", 1, 1, i => i.String(DirName(i.String(0, "path")))),
        new("pathexpand", 1, 1, PathExpand),
        new("file", 1, 1, File),
        new("fileexists", 1, 1, FileExists),
        new("fileset", 2, 2, FileSet),
        new("filebase64", 1, 1, i => ReadBytes(i, 0, bytes => i.String(Convert.ToBase64String(bytes)))),
        new("templatefile", 2, 2, TemplateFile),
    ];

    /// <summary>The full path of a file argument, or null when it is relative and there is no base directory to resolve it against.</summary>
    public static string? Resolve(FunctionInvocation invocation, string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var baseDirectory = invocation.Environment.BaseDirectory;
        return baseDirectory is null ? null : Path.GetFullPath(Path.Combine(baseDirectory, path));
    }

    /// <summary>Reads a file and passes its bytes on; unknown when the file cannot be located without a base directory.</summary>
    public static Value ReadBytes(FunctionInvocation invocation, int argument, Func<byte[], Value> use)
    {
        var path = invocation.String(argument, "path");
        var fullPath = Resolve(invocation, path);
        if (fullPath is null)
        {
            return new UnknownValue($"the file {path} cannot be located without a module directory", invocation.Range);
        }

        if (!System.IO.File.Exists(fullPath))
        {
            throw FunctionInvocation.Fail(
                $"no file exists at {path}; this function works only with files that are distributed as part of the configuration source code, "
                + "so if this file will be created by a resource in this configuration you must instead obtain this result from an attribute of that resource");
        }

        try
        {
            return use(System.IO.File.ReadAllBytes(fullPath));
        }
        catch (IOException e)
        {
            throw FunctionInvocation.Fail($"failed to read {path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw FunctionInvocation.Fail($"failed to read {path}: {e.Message}");
        }
    }

    private static string ReadText(string path, byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw FunctionInvocation.Fail(
                $"contents of {path} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents "
                + "or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead");
        }
    }

    private static Value File(FunctionInvocation invocation)
    {
        var path = invocation.String(0, "path");
        return ReadBytes(invocation, 0, bytes => invocation.String(ReadText(path, bytes)));
    }

    private static Value AbsPath(FunctionInvocation invocation)
    {
        var path = invocation.String(0, "path");
        var fullPath = Resolve(invocation, path);
        return fullPath is null
            ? new UnknownValue("an absolute path depends on the directory Terraform runs in", invocation.Range)
            : invocation.String(fullPath.Replace('\\', '/'));
    }

    private static Value PathExpand(FunctionInvocation invocation)
    {
        var path = invocation.String(0, "path");

        // "~" is the home directory of whoever runs Terraform, which the configuration does not say.
        return path.StartsWith('~')
            ? new UnknownValue("depends on the home directory of the machine running Terraform", invocation.Range)
            : invocation.String(path);
    }

    /// <summary>Go's filepath.Base: the last element, trailing slashes ignored; "." for an empty path, "/" for only slashes.</summary>
    private static string BaseName(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var trimmed = path.TrimEnd('/');
        if (trimmed.Length == 0)
        {
            return "/";
        }

        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }

    /// <summary>Go's filepath.Dir: everything but the last element, cleaned; "." when there is no directory.</summary>
    private static string DirName(string path)
    {
        var slash = path.LastIndexOf('/');
        var directory = slash < 0 ? string.Empty : path[..(slash + 1)];
        return Clean(directory);
    }

    /// <summary>Go's path.Clean: removes duplicate slashes, "." elements and resolvable "..", and trailing slashes.</summary>
    private static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add(part);
                }

                continue;
            }

            parts.Add(part);
        }

        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    private static Value FileExists(FunctionInvocation invocation)
    {
        var path = invocation.String(0, "path");
        var fullPath = Resolve(invocation, path);
        if (fullPath is null)
        {
            return new UnknownValue($"whether {path} exists cannot be known without a module directory", invocation.Range);
        }

        if (Directory.Exists(fullPath))
        {
            throw FunctionInvocation.Fail($"{path} is a directory, not a file");
        }

        return invocation.Bool(System.IO.File.Exists(fullPath));
    }

    private static Value FileSet(FunctionInvocation invocation)
    {
        var path = invocation.String(0, "path");
        var pattern = invocation.String(1, "pattern");
        var root = Resolve(invocation, path);
        if (root is null)
        {
            return new UnknownValue($"the files under {path} cannot be listed without a module directory", invocation.Range);
        }

        var matcher = GlobPattern.ToRegex(pattern);
        if (!Directory.Exists(root))
        {
            return invocation.Set([]);
        }

        var matches = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(relative => matcher.IsMatch(relative))
            .Select(relative => (Value)invocation.String(relative));
        return invocation.Set(matches);
    }

    private static Value TemplateFile(FunctionInvocation invocation)
    {
        var path = invocation.String(0, "path");
        var variables = invocation.Mapping(1, "vars");
        foreach (var name in variables.Keys)
        {
            if (!IsIdentifier(name))
            {
                throw FunctionInvocation.Fail($"invalid template variable name \"{name}\": must start with a letter, followed by zero or more letters, digits, and underscores");
            }
        }

        var fullPath = Resolve(invocation, path);
        return ReadBytes(invocation, 0, bytes => invocation.Environment.RenderTemplate(ReadText(path, bytes), fullPath ?? path, variables, invocation.Range));
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && char.IsLetter(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-');

    /// <summary>Glob patterns as Terraform's fileset reads them: * ? [class] {a,b} and ** for any number of directories.</summary>
    private static class GlobPattern
    {
        public static Regex ToRegex(string pattern)
        {
            var builder = new StringBuilder("^");
            var braceDepth = 0;
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                switch (c)
                {
                    case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                        var atStart = i == 0 || pattern[i - 1] == '/';
                        var atEnd = i + 2 >= pattern.Length || pattern[i + 2] == '/';
                        if (atStart && atEnd)
                        {
                            // "**/" matches zero or more whole directories; a final "**" matches everything below.
                            builder.Append(i + 2 < pattern.Length ? "(?:[^/]*/)*" : ".*");
                            i += i + 2 < pattern.Length ? 2 : 1;
                        }
                        else
                        {
                            builder.Append("[^/]*");
                            i++;
                        }

                        break;
                    case '*':
                        builder.Append("[^/]*");
                        break;
                    case '?':
                        builder.Append("[^/]");
                        break;
                    case '[':
                        var close = pattern.IndexOf(']', i + 1);
                        if (close < 0)
                        {
                            throw FunctionInvocation.Fail($"failed to glob pattern \"{pattern}\": syntax error in pattern");
                        }

                        var members = pattern[(i + 1)..close];
                        builder.Append('[').Append(members.StartsWith('!') ? "^" + Regex.Escape(members[1..]).Replace("\\-", "-") : Regex.Escape(members).Replace("\\-", "-")).Append(']');
                        i = close;
                        break;
                    case '{':
                        braceDepth++;
                        builder.Append("(?:");
                        break;
                    case '}' when braceDepth > 0:
                        braceDepth--;
                        builder.Append(')');
                        break;
                    case ',' when braceDepth > 0:
                        builder.Append('|');
                        break;
                    case '\\' when i + 1 < pattern.Length:
                        builder.Append(Regex.Escape(pattern[i + 1].ToString()));
                        i++;
                        break;
                    default:
                        builder.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            if (braceDepth != 0)
            {
                throw FunctionInvocation.Fail($"failed to glob pattern \"{pattern}\": syntax error in pattern");
            }

            return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
        }
    }
}
