// The C# compiler marks an `unmanaged` generic constraint with modreq(UnmanagedType), so
// the type must exist for `where T : unmanaged` (and so `T*`) to compile. No members are
// needed: nothing here marshals.
namespace System.Runtime.InteropServices;

public enum UnmanagedType { }
