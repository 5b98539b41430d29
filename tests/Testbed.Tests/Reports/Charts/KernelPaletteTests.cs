namespace Testbed.Tests.Reports.Charts;

public class KernelPaletteTests
{
    [Fact]
    public void AKernelHasOneColour_WhateverTheSeriesLabel()
    {
        Assert.Equal(KernelPalette.ColorOf("l4-style"), KernelPalette.ColorOf("measured here: l4-style"));
        Assert.Equal(KernelPalette.ColorOf("nooks-style"), KernelPalette.ColorOf("nooks-style on"));
        Assert.NotEqual(KernelPalette.ColorOf("l4-style"), KernelPalette.ColorOf("singularity"));
    }

    [Fact]
    public void TheMechanismSwitchedOff_IsALighterShadeOfTheSameKernel()
    {
        Assert.Equal("nooks-style", KernelPalette.KernelOf("monolithic (nooks-style off)"));
        Assert.NotEqual(KernelPalette.ColorOf("nooks-style on"), KernelPalette.ColorOf("monolithic (nooks-style off)"));
    }

    [Fact]
    public void TheHostHasItsOwnColour() =>
        Assert.Equal(KernelPalette.Host, KernelPalette.KernelOf("host, real hardware"));
}
