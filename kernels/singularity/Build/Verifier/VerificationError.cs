namespace Singularity.Verifier;

/// <summary>One reason a SIP assembly is refused: where (type::method, IL offset) and what.</summary>
public sealed record VerificationError(string Method, int Offset, string Instruction, string Reason)
{
    public override string ToString() =>
        Offset >= 0 ? $"{Method}: IL_{Offset:X4} {Instruction}: {Reason}" : $"{Method}: {Reason}";
}
