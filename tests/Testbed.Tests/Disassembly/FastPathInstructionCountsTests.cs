using System.Text.RegularExpressions;
using Testbed.Harness.Cli;

namespace Testbed.Tests.Disassembly;

/// <summary>
/// The fast paths' instruction counts the README states, counted by `testbed disasm` in the
/// built images (no boot): a change that lengthens a fast path fails here until the README
/// says the new count. `--path` counts the path taken when every check passes
/// (conditional branches fall through, jumps followed, calls stepped over, to the return).
/// </summary>
public sealed class FastPathInstructionCountsTests
{
    static async Task<int> Count(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await TestbedCli.RunAsync(["disasm", .. args], Terminal.Plain(output, error));
        Assert.True(exitCode == 0, $"testbed disasm {string.Join(' ', args)}: exit {exitCode}\n{error}");
        var count = Regex.Match(output.ToString(), @"^(\d+) instructions", RegexOptions.Multiline);
        Assert.True(count.Success, output.ToString());
        return int.Parse(count.Groups[1].Value);
    }

    // README, l4-style: "An inter-address-space call is 54 instructions from `syscall` to `sysretq`":
    // the call path of l4_ipc_fastpath with every check passing. (A receiver that waits for anyone
    // skips two of its checks; with the entry's jmp and the user's syscall that is 54 too.)
    [Fact]
    public async Task L4Style_InterAddressSpaceCall_Is54Instructions_ToSysretq() =>
        Assert.Equal(54, await Count("l4-style", "l4_ipc_fastpath", "--path"));

    // README, singularity: "per direction, 46 in `sing_channel_call`".
    [Fact]
    public async Task Singularity_ChannelCall_Is46Instructions_PerDirection() =>
        Assert.Equal(46, await Count("singularity", "sing_channel_call", "--path"));

    // README, singularity: "33 in the switch (12 in `sing_switch_to` ...; 21 in the HAL's `tb_context_switch`)".
    [Fact]
    public async Task Singularity_Switch_Is33Instructions_12OfThemItsOwn_21TheHals()
    {
        Assert.Equal(33, await Count("singularity", "sing_switch_to", "--path"));
        Assert.Equal(12, await Count("singularity", "sing_switch_to"));
        Assert.Equal(21, await Count("singularity", "tb_context_switch"));
    }

    // README, singularity: "The minimum call is 4 instructions (`call`, `jmp`, the kernel's `xor eax, eax; ret`)".
    [Fact]
    public async Task Singularity_KernelSideOfTheNullAbiCall_IsTwoInstructions() =>
        Assert.Equal(2, await Count("singularity", "Singularity_Singularity_Abi_KernelAbi__Null"));

    // README, minix-style: "122 for PM's `replyreceive`" (with a lower run queue busy): the path
    // with every conditional branch falling through is that one, to the return into the caller.
    [Fact]
    public async Task MinixStyle_ReplyReceiveFastPath_Is122Instructions() =>
        Assert.Equal(122, await Count("minix-style", "minix_ipc_fastpath", "--path"));
}
