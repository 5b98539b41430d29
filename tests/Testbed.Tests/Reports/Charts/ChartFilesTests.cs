using System.Buffers.Binary;
using System.Xml.Linq;

namespace Testbed.Tests.Reports.Charts;

/// <summary>
/// Every chart kind renders to a PNG of the stated size, an SVG that is well-formed XML
/// holding the series names, axis titles and caption, and the CSV of its data. Set
/// TESTBED_CHART_SAMPLES=DIR to keep the files for a look.
/// </summary>
public class ChartFilesTests
{
    public static IEnumerable<object[]> Kinds() => ChartSamples.All();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachKind_WritesPngOfItsSize_SvgWithItsNames_AndItsData(IChart chart, string[] names)
    {
        var folder = Environment.GetEnvironmentVariable("TESTBED_CHART_SAMPLES")
            ?? Path.Combine(Path.GetTempPath(), $"testbed-charts-{Guid.NewGuid():N}");
        try
        {
            var files = ChartFiles.Write(chart, folder);

            Assert.Equal([".png", ".svg", ".csv"], files.Select(Path.GetExtension));
            Assert.Equal((chart.Width, chart.Height), PngSize(files[0]));
            var svg = XDocument.Load(files[1]);
            var text = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value + "\n"));
            foreach (var name in names.Append(ChartSamples.Caption.Commit))
                Assert.Contains(name, text);
            var csv = File.ReadAllLines(files[2]);
            Assert.True(csv.Length > 1, "the data file has a header and rows");
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("TESTBED_CHART_SAMPLES") is null)
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian).</summary>
    internal static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
