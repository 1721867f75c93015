using System.Buffers.Binary;
using System.Collections.Concurrent;
using PolicyScan.Cli.Output.Evidence;
using PolicyScan.Policies.Compliance;
using PuppeteerSharp;

namespace PolicyScan.Cli.Tests.Evidence;

/// <summary>
/// The HTML evidence report as a browser shows it: rendered by headless Chromium from a file, asserted on the rendered
/// page (visibility, text, computed styles, requests) and on a screenshot, which is attached to the test result.
/// </summary>
public sealed class HtmlReportBrowserTests
{
    private const int Width = 1280;
    private const int Height = 900;

    [Test]
    public async Task The_rendered_report_shows_the_summary_the_failures_and_distinct_status_labels_without_any_request_leaving_the_file()
    {
        var chromium = Chromium.Path;
        var report = EvidenceSample.Report();
        var firstFailing = EvidenceReport.Build(report).SelectMany(f => f.Controls).First(c => c.Status == ControlStatus.Failed);
        var failure = firstFailing.Failures[0];
        var directory = Directory.CreateTempSubdirectory("policyscan-report-html-");
        try
        {
            var file = System.IO.Path.Combine(directory.FullName, "report.html");
            await File.WriteAllTextAsync(file, EvidenceSample.Render("report-html", report));

            await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
                Timeout = 15_000,
            });
            await using var page = await browser.NewPageAsync();
            page.DefaultTimeout = 10_000;
            await page.SetViewportAsync(new ViewPortOptions { Width = Width, Height = Height, DeviceScaleFactor = 1 });
            var requests = new ConcurrentQueue<string>();
            await page.SetRequestInterceptionAsync(true);
            page.Request += async (_, e) =>
            {
                requests.Enqueue(e.Request.Url);
                if (e.Request.Url.StartsWith("file:", StringComparison.Ordinal) || e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    await e.Request.ContinueAsync();
                }
                else
                {
                    await e.Request.AbortAsync();
                }
            };
            await page.GoToAsync(new Uri(file).AbsoluteUri, WaitUntilNavigation.Load);

            var summaryRows = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#summary-table tbody tr').length");
            var summaryVisible = await page.EvaluateExpressionAsync<bool>(
                "(() => { const t = document.querySelector('#summary-table'); const r = t.getBoundingClientRect(); "
                + "return r.width > 600 && r.height > 100 && r.top < innerHeight && getComputedStyle(t).visibility === 'visible' && getComputedStyle(t).display !== 'none'; })()");
            var failingSection = EvidenceText.ControlAnchor(firstFailing.Control);
            var failingText = await page.EvaluateExpressionAsync<string>($"document.getElementById('{failingSection}').innerText");
            var failingRowShown = await page.EvaluateExpressionAsync<bool>($"document.querySelector('#{failingSection} table.failures tbody tr').offsetHeight > 0");
            var failedStyle = await page.EvaluateExpressionAsync<string[]>("(() => { const s = getComputedStyle(document.querySelector('.status-failed')); return [s.color, s.backgroundColor, document.querySelector('.status-failed').innerText]; })()");
            var passedStyle = await page.EvaluateExpressionAsync<string[]>("(() => { const s = getComputedStyle(document.querySelector('.status-passed')); return [s.color, s.backgroundColor, document.querySelector('.status-passed').innerText]; })()");
            var screenshot = await page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png });
            var failedLabel = await page.QuerySelectorAsync($"#{failingSection} .status-failed");
            var labelScreenshot = await failedLabel.ScreenshotDataAsync(new ElementScreenshotOptions { Type = ScreenshotType.Png });

            var screenshotPath = System.IO.Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-html-screenshot.png");
            await File.WriteAllBytesAsync(screenshotPath, screenshot);
            TestContext.AddTestAttachment(screenshotPath, "The HTML evidence report as headless Chromium renders it");
            var colours = await DistinctColoursAsync(browser, screenshot);
            var labelColours = await DistinctColoursAsync(browser, labelScreenshot);
            var labelShowsItsBackground = await ContainsColourAsync(browser, labelScreenshot, failedStyle[1]);

            Assert.Multiple(() =>
            {
                Assert.That(summaryRows, Is.EqualTo(ComplianceControls.Frameworks.Length), "one summary row per framework");
                Assert.That(summaryVisible, Is.True, "the summary table is laid out and visible at the top");
                Assert.That(failingText, Does.Contain(failure.Message));
                Assert.That(failingText, Does.Contain(EvidenceText.Location(failure)));
                Assert.That(failingText, Does.Contain(failure.Resource.Address));
                Assert.That(failingRowShown, Is.True);
                Assert.That(failedStyle[2], Is.EqualTo("Failed"));
                Assert.That(passedStyle[2], Is.EqualTo("Passed"));
                Assert.That(failedStyle[0], Is.Not.EqualTo(passedStyle[0]), "failed and passed labels differ in colour");
                Assert.That(failedStyle[1], Is.Not.EqualTo(passedStyle[1]), "failed and passed labels differ in background");
                Assert.That(requests.Where(url => !url.StartsWith("file:", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)), Is.Empty, "no request leaves the file");
                Assert.That(requests, Has.Count.EqualTo(1), "the page loads nothing but itself");
                Assert.That(BinaryPrimitives.ReadUInt32BigEndian(screenshot.AsSpan(16, 4)), Is.EqualTo(Width), "PNG width");
                Assert.That(BinaryPrimitives.ReadUInt32BigEndian(screenshot.AsSpan(20, 4)), Is.EqualTo(Height), "PNG height");
                Assert.That(colours, Is.GreaterThan(4), "the screenshot shows text and tables, not a blank page");
                Assert.That(labelColours, Is.GreaterThan(2), "the failed label's screenshot shows its word on its background");
                Assert.That(labelShowsItsBackground, Is.True, $"the failed label is painted in its background colour {failedStyle[1]}");
            });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Whether a screenshot has pixels of a CSS colour (<c>rgb(r, g, b)</c>), decoded by the browser on a blank page.</summary>
    private static async Task<bool> ContainsColourAsync(IBrowser browser, byte[] png, string cssColour)
    {
        await using var canvasPage = await browser.NewPageAsync();
        return await canvasPage.EvaluateFunctionAsync<bool>(
            """
            async (base64, colour) => {
              const [r, g, b] = colour.match(/\d+/g).map(Number);
              const image = new Image();
              image.src = 'data:image/png;base64,' + base64;
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = image.width;
              canvas.height = image.height;
              const context = canvas.getContext('2d');
              context.drawImage(image, 0, 0);
              const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
              for (let i = 0; i < pixels.length; i += 4) {
                if (Math.abs(pixels[i] - r) <= 2 && Math.abs(pixels[i + 1] - g) <= 2 && Math.abs(pixels[i + 2] - b) <= 2) {
                  return true;
                }
              }
              return false;
            }
            """,
            Convert.ToBase64String(png),
            cssColour);
    }

    /// <summary>How many distinct colours a sample of the screenshot's pixels has, decoded by the browser itself on a blank page.</summary>
    private static async Task<int> DistinctColoursAsync(IBrowser browser, byte[] png)
    {
        await using var canvasPage = await browser.NewPageAsync();
        return await canvasPage.EvaluateFunctionAsync<int>(
            """
            async (base64) => {
              const image = new Image();
              image.src = 'data:image/png;base64,' + base64;
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = image.width;
              canvas.height = image.height;
              const context = canvas.getContext('2d');
              context.drawImage(image, 0, 0);
              const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
              const colours = new Set();
              for (let i = 0; i < pixels.length; i += 4 * 7) {
                colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
              }
              return colours.size;
            }
            """,
            Convert.ToBase64String(png));
    }
}
