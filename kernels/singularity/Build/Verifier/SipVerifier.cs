// Refuses a SIP assembly that contains code the type system cannot vouch for (Singularity
// paper, section 2.1 and 4.1: SIPs are verifiably safe; only the trusted runtime may be
// unsafe). What is refused, with the method and instruction named:
//   - references to assemblies other than the allowed SIP libraries
//   - pointer and function pointer types in signatures, fields and locals; pinned locals (`fixed`)
//   - calli, ldftn/ldvirtftn (function pointers), localloc (stackalloc), cpblk/initblk,
//     arglist/mkrefany/refanyval
//   - any use of Unsafe, Marshal, MemoryMarshal, NativeMemory; any call whose signature has pointers
//   - extern methods (P/Invoke, internal calls, RuntimeImport): they reach code outside the image
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Singularity.Verifier;

public static class SipVerifier
{
    public static readonly IReadOnlyList<string> DefaultAllowedReferences = ["Testbed.Runtime", "Testbed.Sip"];

    /// <summary>Every library a SIP may depend on: the runtime, the SIP library, and the driver glue (driver SIPs only, by manifest).</summary>
    public static readonly IReadOnlyList<string> TrustedLibraries = ["Testbed.Runtime", "Testbed.Sip", "Testbed.Sip.Drivers"];

    private static readonly HashSet<string> ForbiddenTypes =
    [
        "System.Runtime.CompilerServices.Unsafe",
        "System.Runtime.InteropServices.Marshal",
        "System.Runtime.InteropServices.MemoryMarshal",
        "System.Runtime.InteropServices.NativeMemory",
        "System.Runtime.InteropServices.GCHandle",
    ];

    private static readonly Dictionary<short, string> ForbiddenInstructions = new()
    {
        [OpCodes.Calli.Value] = "indirect call through a function pointer",
        [OpCodes.Ldftn.Value] = "takes a function pointer",
        [OpCodes.Ldvirtftn.Value] = "takes a function pointer",
        [OpCodes.Localloc.Value] = "stackalloc (raw stack memory)",
        [OpCodes.Cpblk.Value] = "raw memory copy",
        [OpCodes.Initblk.Value] = "raw memory fill",
        [OpCodes.Arglist.Value] = "untyped argument list",
        [OpCodes.Mkrefany.Value] = "typed reference",
        [OpCodes.Refanyval.Value] = "typed reference",
    };

    public static IReadOnlyList<VerificationError> Verify(string path, IEnumerable<string>? allowedReferences = null)
    {
        using var stream = File.OpenRead(path);
        return Verify(stream, allowedReferences);
    }

    public static IReadOnlyList<VerificationError> Verify(Stream assembly, IEnumerable<string>? allowedReferences = null)
    {
        var allowed = new HashSet<string>(allowedReferences ?? DefaultAllowedReferences, StringComparer.Ordinal);
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        var reader = pe.GetMetadataReader();
        var provider = new TypeShapeProvider(reader);
        var errors = new List<VerificationError>();
        string assemblyName = reader.GetString(reader.GetAssemblyDefinition().Name);

        foreach (var handle in reader.AssemblyReferences)
        {
            string name = reader.GetString(reader.GetAssemblyReference(handle).Name);
            if (!allowed.Contains(name))
                errors.Add(new(assemblyName, -1, "", $"references assembly '{name}', which is not an allowed SIP library ({string.Join(", ", allowed.Order())})"));
        }

        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            string typeName = Names.Of(reader, typeHandle);
            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                var shape = field.DecodeSignature(provider, null);
                if (shape.Unsafe != null)
                    errors.Add(new(typeName + "::" + reader.GetString(field.Name), -1, "", "field of " + shape.Unsafe));
            }
            foreach (var methodHandle in type.GetMethods())
                VerifyMethod(pe, reader, provider, methodHandle, errors);
        }
        return errors;
    }

    private static void VerifyMethod(PEReader pe, MetadataReader reader, TypeShapeProvider provider, MethodDefinitionHandle handle, List<VerificationError> errors)
    {
        var method = reader.GetMethodDefinition(handle);
        string name = Names.Method(reader, handle);
        var signature = method.DecodeSignature(provider, null);
        foreach (var type in signature.ParameterTypes.Prepend(signature.ReturnType))
            if (type.Unsafe != null) errors.Add(new(name, -1, "", "signature has a " + type.Unsafe));

        if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0 || (method.ImplAttributes & MethodImplAttributes.InternalCall) != 0)
        {
            errors.Add(new(name, -1, "", "extern method (P/Invoke or internal call): it would reach code outside the verified image"));
            return;
        }
        if (method.RelativeVirtualAddress == 0) return;      // abstract

        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            var locals = reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null);
            foreach (var local in locals)
                if (local.Unsafe != null) errors.Add(new(name, -1, "", "local of " + local.Unsafe));
        }

        byte[] il = body.GetILBytes() ?? [];
        for (int offset = 0; offset < il.Length;)
        {
            int start = offset;
            OpCode code = IlOpcodes.Read(il, ref offset);
            if (ForbiddenInstructions.TryGetValue(code.Value, out string? why))
                errors.Add(new(name, start, code.Name!, why));
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok or OperandType.InlineType)
            {
                var token = MetadataTokens.EntityHandle(BitConverter.ToInt32(il, offset));
                string? problem = CheckMember(reader, provider, token, out string target);
                if (problem != null) errors.Add(new(name, start, code.Name + " " + target, problem));
            }
            offset += IlOpcodes.OperandSize(code, il, offset);
        }
    }

    // A member used by an instruction: its declaring type must not be a raw-memory API, and
    // its signature must not carry pointers.
    private static string? CheckMember(MetadataReader reader, TypeShapeProvider provider, EntityHandle token, out string target)
    {
        target = "";
        switch (token.Kind)
        {
            case HandleKind.MethodSpecification:
                return CheckMember(reader, provider, reader.GetMethodSpecification((MethodSpecificationHandle)token).Method, out target);
            case HandleKind.MemberReference:
            {
                var member = reader.GetMemberReference((MemberReferenceHandle)token);
                string owner = Names.Of(reader, member.Parent);
                target = owner + "::" + reader.GetString(member.Name);
                string ownerBase = owner.Split('<')[0];
                if (ForbiddenTypes.Contains(ownerBase)) return $"uses {ownerBase}, which bypasses type safety";
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    var signature = member.DecodeMethodSignature(provider, null);
                    foreach (var type in signature.ParameterTypes.Prepend(signature.ReturnType))
                        if (type.Unsafe != null) return "calls a method whose signature has a " + type.Unsafe;
                }
                else
                {
                    var type = member.DecodeFieldSignature(provider, null);
                    if (type.Unsafe != null) return "uses a field of " + type.Unsafe;
                }
                return null;
            }
            case HandleKind.MethodDefinition:
                target = Names.Method(reader, (MethodDefinitionHandle)token);
                return null;    // verified in its own right
            case HandleKind.TypeReference:
            case HandleKind.TypeSpecification:
            {
                target = Names.Of(reader, token);
                if (ForbiddenTypes.Contains(target.Split('<')[0])) return $"uses {target}, which bypasses type safety";
                if (token.Kind == HandleKind.TypeSpecification)
                {
                    var shape = reader.GetTypeSpecification((TypeSpecificationHandle)token).DecodeSignature(provider, null);
                    if (shape.Unsafe != null) return "uses a " + shape.Unsafe;
                }
                return null;
            }
            default:
                return null;
        }
    }
}
