// A signature type provider that answers one question about a type: does it contain a
// pointer, a function pointer or a pinned local (what `unsafe` and `fixed` compile to)?
using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Singularity.Verifier;

internal readonly record struct TypeShape(string Name, string? Unsafe)
{
    public static TypeShape Safe(string name) => new(name, null);
}

internal sealed class TypeShapeProvider(MetadataReader reader) : ISignatureTypeProvider<TypeShape, object?>
{
    public TypeShape GetPrimitiveType(PrimitiveTypeCode typeCode) => TypeShape.Safe(typeCode.ToString());
    public TypeShape GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) => TypeShape.Safe(Names.Of(reader, handle));
    public TypeShape GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind) => TypeShape.Safe(Names.Of(reader, handle));
    public TypeShape GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, context);
    public TypeShape GetSZArrayType(TypeShape element) => element with { Name = element.Name + "[]" };
    public TypeShape GetArrayType(TypeShape element, ArrayShape shape) => element with { Name = element.Name + "[,]" };
    public TypeShape GetByReferenceType(TypeShape element) => element with { Name = "ref " + element.Name };
    public TypeShape GetPointerType(TypeShape element) => new(element.Name + "*", "pointer type " + element.Name + "*");
    public TypeShape GetFunctionPointerType(MethodSignature<TypeShape> signature) => new("delegate*", "function pointer type");
    public TypeShape GetPinnedType(TypeShape element) => new(element.Name, "pinned local (fixed statement)");
    public TypeShape GetGenericInstantiation(TypeShape generic, ImmutableArray<TypeShape> arguments) =>
        new(generic.Name + "<" + string.Join(",", arguments.Select(a => a.Name)) + ">", generic.Unsafe ?? arguments.Select(a => a.Unsafe).FirstOrDefault(u => u != null));
    public TypeShape GetGenericMethodParameter(object? context, int index) => TypeShape.Safe("!!" + index);
    public TypeShape GetGenericTypeParameter(object? context, int index) => TypeShape.Safe("!" + index);
    public TypeShape GetModifiedType(TypeShape modifier, TypeShape unmodified, bool isRequired) => unmodified;
    public TypeShape GetSentinelType() => TypeShape.Safe("...");
}

internal static class Names
{
    public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        string name = reader.GetString(type.Name);
        if (type.GetDeclaringType() is { IsNil: false } outer) return Of(reader, outer) + "." + name;
        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        string name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference) return Of(reader, (TypeReferenceHandle)type.ResolutionScope) + "." + name;
        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string Of(MetadataReader reader, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => Of(reader, (TypeDefinitionHandle)handle),
        HandleKind.TypeReference => Of(reader, (TypeReferenceHandle)handle),
        HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(new TypeShapeProvider(reader), null).Name,
        _ => "?",
    };

    public static string Method(MetadataReader reader, MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        return Of(reader, method.GetDeclaringType()) + "::" + reader.GetString(method.Name);
    }
}
