using System.ComponentModel;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TaskBot.Packaging;

/// <summary>
/// The Teams app package: the files of <c>manifest/</c> with <c>{{BOT_ID}}</c> and <c>{{BOT_DOMAIN}}</c> filled in,
/// checked by <c>tools/node/validate-manifest.js</c> (the official schemas, offline), zipped flat as Teams wants.
/// An admin-time tool: it needs Node.js and <c>npm ci</c> in tools/node, never the running bot.
/// </summary>
public static class AppPackage
{
    public const string BotIdPlaceholder = "{{BOT_ID}}";
    public const string HostPlaceholder = "{{BOT_DOMAIN}}";
    public const string ValidatorRelativePath = "tools/node/validate-manifest.js";

    /// <summary>The files that go into the zip, by name, placeholders filled. Only files the manifest names are
    /// taken (icons, localization files), so scripts beside it in the folder stay out.</summary>
    public static IReadOnlyDictionary<string, byte[]> Fill(string manifestDirectory, string botId, string host)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["manifest.json"] = FillText(Path.Combine(manifestDirectory, "manifest.json"), botId, host),
        };
        foreach (var name in ReferencedFiles(files["manifest.json"]))
        {
            var path = Path.Combine(manifestDirectory, name);
            if (!File.Exists(path)) continue;   // the validator reports it
            files[name] = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? FillText(path, botId, host)
                : File.ReadAllBytes(path);
        }
        return files;
    }

    /// <summary>"https://x.azurewebsites.net/" and "x.azurewebsites.net" both mean the host x.azurewebsites.net.</summary>
    public static string NormalizeHost(string host)
    {
        var h = host.Trim();
        foreach (var scheme in new[] { "https://", "http://" })
            if (h.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) h = h[scheme.Length..];
        return h.TrimEnd('/');
    }

    /// <summary>Runs the Node validator on the filled files; the problems it prints, none when valid.</summary>
    /// <exception cref="InvalidOperationException">Node or the validator cannot run: the manifest was not checked.</exception>
    public static IReadOnlyList<string> Validate(IReadOnlyDictionary<string, byte[]> files, string validatorScript)
    {
        if (!File.Exists(validatorScript))
            throw new InvalidOperationException($"找不到清单校验脚本 / manifest validator not found: {validatorScript}");
        var dir = System.IO.Directory.CreateTempSubdirectory("taskbot-manifest-");
        try
        {
            foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine(dir.FullName, name), bytes);
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(validatorScript);
            start.ArgumentList.Add(Path.Combine(dir.FullName, "manifest.json"));
            Process node;
            try
            {
                node = Process.Start(start)!;
            }
            catch (Win32Exception ex)
            {
                throw new InvalidOperationException(
                    "打包需要 Node.js 来校验清单 / packaging validates the manifest with Node.js, which was not found " +
                    $"({ex.Message}): install Node.js, then run `npm ci` in tools/node");
            }
            using (node)
            {
                var stderr = node.StandardError.ReadToEndAsync();
                var stdout = node.StandardOutput.ReadToEnd();
                if (!node.WaitForExit(TimeSpan.FromMinutes(2)))
                {
                    node.Kill(entireProcessTree: true);
                    throw new InvalidOperationException("清单校验超时 / the manifest validator did not finish in 2 minutes");
                }
                return node.ExitCode switch
                {
                    0 => [],
                    1 => stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    _ => throw new InvalidOperationException(
                        $"清单校验无法运行 / the manifest validator could not run (exit {node.ExitCode}): {stderr.Result.Trim()}"),
                };
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Writes the zip with every file at its root. Written beside the target first, so a failed write
    /// never leaves half a package where the old one was.</summary>
    public static void Write(IReadOnlyDictionary<string, byte[]> files, string outputPath)
    {
        var full = Path.GetFullPath(outputPath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in files)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(bytes);
            }
        }
        File.Move(partial, full, overwrite: true);
    }

    static byte[] FillText(string path, string botId, string host)
    {
        // Values are JSON-escaped: a stray quote in an argument must fail validation, not break the file.
        var text = File.ReadAllText(path, Encoding.UTF8)
            .Replace(BotIdPlaceholder, JsonEscape(botId), StringComparison.Ordinal)
            .Replace(HostPlaceholder, JsonEscape(host), StringComparison.Ordinal);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }

    static string JsonEscape(string value) => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value;

    static IEnumerable<string> ReferencedFiles(byte[] manifestJson)
    {
        JsonNode? manifest;
        try
        {
            manifest = JsonNode.Parse(manifestJson);
        }
        catch (JsonException)
        {
            yield break;   // the validator reports the syntax error
        }
        var names = new List<string?>
        {
            Str(manifest?["icons"]?["color"]),
            Str(manifest?["icons"]?["outline"]),
            Str(manifest?["localizationInfo"]?["defaultLanguageFile"]),
        };
        if (manifest?["localizationInfo"]?["additionalLanguages"] is JsonArray languages)
            names.AddRange(languages.Select(l => Str(l?["file"])));
        // Teams reads the package flat: a name with a folder in it would not be found, so it is not shipped.
        foreach (var name in names.Distinct())
            if (!string.IsNullOrEmpty(name) && name == Path.GetFileName(name)) yield return name;
    }

    static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
