using System.Net;
using System.Net.Http.Headers;

namespace TaskBot.Import;

/// <summary>
/// Downloads a file Teams made available (<c>downloadUrl</c>, pre-authenticated and short-lived) and uploads an
/// exported file to the URL Teams gives on consent (<c>uploadUrl</c>). Only to hosts in
/// <see cref="FilesOptions.AllowedHosts"/>, without following redirects (a redirect could leave the list), and never
/// more than <see cref="FilesOptions.MaxBytes"/>. Failures come back as Chinese sentences for the user.
/// </summary>
public sealed class FileTransfer(HttpClient http, FilesOptions options)
{
    public const string HttpClientName = "taskbot-files";

    public async Task<byte[]> DownloadAsync(string? downloadUrl, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(downloadUrl, UriKind.Absolute, out var url) || !options.Allows(url))
            throw new TableImportException("这个文件的下载地址不在允许的范围内（只接受 Teams / SharePoint 的文件），督办助手没有下载。请直接在与督办助手的聊天中上传文件。");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
                throw new TableImportException($"下载文件失败（{(int)response.StatusCode}）。下载链接可能已过期，请重新发送文件。");
            if (response.Content.Headers.ContentLength is { } length && length > options.MaxBytes)
                throw TooLarge(length);
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes) throw TooLarge(null);
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TableImportException("下载文件超时，请稍后重新发送。");
        }
        catch (HttpRequestException)
        {
            throw new TableImportException("下载文件失败（网络错误），请稍后重新发送。");
        }
    }

    TableImportException TooLarge(long? length) => new(
        $"文件{(length is { } l ? $"有 {l / 1024.0 / 1024.0:F1} MB，" : "")}超过了 {options.MaxBytes / 1024.0 / 1024.0:F0} MB 的上限。请删去表格以外的内容（图片、附件页）或分成几个文件发送。");

    /// <summary>PUTs the whole file in one request, as Teams' consent flow expects: <c>Content-Range: bytes 0-N/N+1</c>.</summary>
    /// <returns>null when uploaded, else the reason in Chinese.</returns>
    public async Task<string?> UploadAsync(string? uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var url) || !options.Allows(url))
            return "上传地址不在允许的范围内，督办助手没有上传文件。";
        if (content.Length > options.MaxBytes) return $"导出的文件超过了 {options.MaxBytes / 1024 / 1024} MB 的上限，请按单位或状态分开导出。";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(content) };
            request.Content.Headers.ContentLength = content.Length;
            request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
            using var response = await http.SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"上传文件失败（{(int)response.StatusCode}），请重新发送「导出台账」。";
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return "上传文件失败（网络错误或超时），请重新发送「导出台账」。";
        }
    }

    /// <summary>The handler: no redirects (each hop would need the host check), no cookies.</summary>
    public static HttpMessageHandler Handler() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
}
