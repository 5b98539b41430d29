// What a client asks a block driver (MINIX 3: the BDEV_READ/BDEV_WRITE requests of
// include/minix/com.h, with the buffer named by a grant): A1 = LBA, A2 = sectors (at most
// BlockRequest.MaxSectors), A3 = the id of a grant in the client's table to the driver over
// the buffer (writable for a read). The reply: A1 = IoStatus, A2 = sectors moved, A3 = the
// kernel's status of the driver's SYS_SAFECOPY (Ok, or why the grant was refused).
namespace MinixStyle.Abi;

public static class BlockDriverRequest
{
    public const int Read = 0x300;
    public const int Write = 0x301;

    public const int Reply = 0x380;
}
