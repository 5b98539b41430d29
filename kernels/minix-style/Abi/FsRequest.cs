// The file server's requests (MINIX 3: VFS/MFS's open, read, write, close, unlink, with the
// data named by a grant). A file is named by up to 8 ASCII characters (DsKey.Of) in FS's one
// flat directory, and once opened by its inode number, which stays valid across a restart of
// FS (the inodes are on the disk), so a client resubmits to a restarted FS without reopening.
// Every reply's Type is Reply, its status in A5.
namespace MinixStyle.Abi;

public static class FsRequest
{
    public const int Create = 0x400;    // A1 = name -> A1 = file (a new empty one; Exists if the name is taken)
    public const int Open = 0x401;      // A1 = name -> A1 = file
    public const int Read = 0x402;      // A1 = file, A2 = offset, A3 = bytes, A4 = grant id (writable, to FS) -> A1 = bytes read
    public const int Write = 0x403;     // A1 = file, A2 = offset, A3 = bytes, A4 = grant id (readable, to FS) -> A1 = bytes written
    public const int Close = 0x404;     // A1 = file
    public const int Unlink = 0x405;    // A1 = name: the entry and its inode and zones freed
    public const int Stat = 0x406;      // A1 = file -> A1 = size; A2 = free zones of the file system

    public const int Reply = 0x480;
}

public static class FsStatus
{
    public const ulong Ok = 0, NotFound = 1, Exists = 2, NoSpace = 3, BadFile = 4, BadRange = 5, IoError = 6, BadGrant = 7, BadRequest = 8;
}
