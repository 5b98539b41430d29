using ScottPlot;

namespace Testbed.Harness.Reports.Charts;

/// <summary>
/// One fixed colour per kernel across every chart (the Okabe-Ito colour-blind-safe set), so a
/// reader learns it once. A series is matched to a kernel by the kernel's name in its label
/// ("monolithic (nooks-style off)" is nooks-style); a series that is a kernel with its
/// mechanism switched off ("... off") gets a lighter shade of the same colour. Paper figures
/// are black; a label naming no known kernel gets a stable colour from the spare ones.
/// </summary>
public static class KernelPalette
{
    public const string Host = "host";

    static readonly (string Kernel, Color Color)[] Kernels =
    [
        ("halcheck", Color.FromHex("#7F7F7F")),
        ("nooks-style", Color.FromHex("#E69F00")),
        ("l4-style", Color.FromHex("#0072B2")),
        ("singularity", Color.FromHex("#009E73")),
        ("minix-style", Color.FromHex("#CC79A7")),
        (Host, Color.FromHex("#D55E00")),
    ];

    static readonly Color[] Spare = [Color.FromHex("#56B4E9"), Color.FromHex("#F0E442"), Color.FromHex("#332288"), Color.FromHex("#882255")];

    public static readonly Color Paper = Colors.Black;

    /// <summary>The kernel a series label names, or null.</summary>
    public static string? KernelOf(string label) =>
        Kernels.Select(k => k.Kernel).FirstOrDefault(kernel => label.Contains(kernel, StringComparison.OrdinalIgnoreCase));

    public static Color ColorOf(string label)
    {
        if (KernelOf(label) is { } kernel)
        {
            var color = Kernels.First(k => k.Kernel == kernel).Color;
            return IsSwitchedOff(label) ? color.Lighten(0.5) : color;
        }
        var hash = label.Aggregate(17, (h, c) => unchecked(h * 31 + c));
        return Spare[(int)((uint)hash % Spare.Length)];
    }

    static bool IsSwitchedOff(string label) =>
        label.Contains(" off", StringComparison.OrdinalIgnoreCase) || label.Contains("monolithic", StringComparison.OrdinalIgnoreCase);
}
