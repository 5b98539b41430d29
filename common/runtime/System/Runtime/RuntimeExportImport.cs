// The AOT compiler's own linkage attributes: RuntimeExport gives a C# method a plain
// symbol name; RuntimeImport makes an extern method a direct call to a symbol.
namespace System.Runtime;

[AttributeUsage(AttributeTargets.Method)]
public sealed class RuntimeExportAttribute : Attribute
{
    public RuntimeExportAttribute(string entry) { }
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class RuntimeImportAttribute : Attribute
{
    public RuntimeImportAttribute(string lib) { }
    public RuntimeImportAttribute(string lib, string entry) { }
}
