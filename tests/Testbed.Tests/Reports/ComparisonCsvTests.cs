namespace Testbed.Tests.Reports;

public class ComparisonCsvTests
{
    [Fact]
    public void EveryComparisonHasARow_TheUnmeasuredOneWithItsReason()
    {
        var comparisons = ComparisonFile.Read(new StringReader("""
            id,description,numerator,denominator,target,paper_ratio,paper_figures,citation
            sip-call,"SIP call, vs syscall",singularity:abi.null:median,l4-style:syscall.null:median,<= 0.2,87/437,,"Hunt et al., 2005"
            channel,channel vs IPC,singularity:channel.roundtrip:median,l4-style:ipc.roundtrip.inter-as:median,<= 0.25,1450/5800,,
            """), "comparisons.csv");
        var results = ComparisonEvaluator.Evaluate(comparisons, [
            new BenchRow("singularity", "abi.null", "instr", "tcg-icount", 1000, 5, 5, 9, "kernel-call.null"),
            new BenchRow("l4-style", "syscall.null", "instr", "tcg-icount", 1000, 40, 40, 41, "kernel-call.null"),
        ]);
        var writer = new StringWriter();

        ComparisonCsv.Write(writer, results);

        Assert.Equal(
            "id,status,ratio,target,paper_ratio,numerator,denominator,unit,numerator_expression,denominator_expression,numerator_def,denominator_def,note,description,citation\n" +
            "sip-call,pass,0.125,<= 0.2,0.199085,5,40,instr,singularity:abi.null:median,l4-style:syscall.null:median,kernel-call.null,kernel-call.null,,\"SIP call, vs syscall\",\"Hunt et al., 2005\"\n" +
            "channel,not measured,,<= 0.25,0.25,,,,singularity:channel.roundtrip:median,l4-style:ipc.roundtrip.inter-as:median,,," +
            "\"missing singularity:channel.roundtrip:median, l4-style:ipc.roundtrip.inter-as:median\",channel vs IPC,\n",
            writer.ToString());
    }
}
