using ScottPlot;

namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// The charts' typeface: DejaVu Sans (Debian fonts-dejavu-core, which ./setup installs),
/// registered by file so that the self-contained SkiaSharp build finds it without fontconfig.
/// Without it ScottPlot falls back to whatever typeface Skia has.
/// </summary>
public static class ChartFonts
{
    public const string Family = "DejaVu Sans";
    public const string RegularFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    public const string BoldFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    static readonly Lock Gate = new();
    static bool _done;

    public static void Ensure()
    {
        lock (Gate)
        {
            if (_done)
                return;
            _done = true;
            if (File.Exists(RegularFile))
                Fonts.AddFontFile(Family, RegularFile, bold: false, italic: false);
            if (File.Exists(BoldFile))
                Fonts.AddFontFile(Family, BoldFile, bold: true, italic: false);
            if (File.Exists(RegularFile))
                Fonts.Default = Family;
        }
    }
}
