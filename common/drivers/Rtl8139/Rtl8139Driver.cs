// RTL8139 Fast Ethernet, up to two devices (the two NICs on one QEMU hub that form the
// test wire): reset, MAC address, transmit through the four descriptors, receive from the
// 8 KiB ring, interrupt-driven (receive OK, transmit OK). The interrupt status register is
// cleared by the driver after each completion so that the shared PCI line drops again and
// the next completion is a fresh edge at the 8259.
using System.Runtime.CompilerServices;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;
using Testbed.Drivers.Requests;
using static Testbed.Drivers.Rtl8139.Rtl8139Registers;

namespace Testbed.Drivers.Rtl8139;

public unsafe struct Rtl8139Driver<TEnv> where TEnv : struct, IDriverEnv
{
    private const ulong TransmitTimeoutTicks = 1000;

    private struct Device
    {
        public ushort Io;
        public int Irq;
        public DmaBuffer Rx;
        public DmaBuffer Tx;
        public uint RxOffset;
        public int NextTx;
    }

    public TEnv Env;
    private Device _device0, _device1;
    private uint _deviceCount;
    private uint _requests;

    public readonly uint RequestsHandled => _requests;

    public void Initialize(in DriverConfig config, DriverInfo* info)
    {
        _requests = 0;
        _deviceCount = 0;
        info->Status = IoStatus.NoDevice;
        uint count = config.DeviceCount > DriverConfig.MaxDevices ? DriverConfig.MaxDevices : config.DeviceCount;
        for (uint i = 0; i < count; i++)
        {
            Device* device = DeviceAt(i);
            DeviceResources resources = config.Device(i);
            if (resources.IoBase == 0 || !Start(device, resources)) return;
            for (int b = 0; b < 6; b++) info->Mac[i * 6 + b] = Env.In8((ushort)(device->Io + Mac0 + b));
            _deviceCount = i + 1;
        }
        info->Status = _deviceCount > 0 ? IoStatus.Ok : IoStatus.NoDevice;
    }

    public void Handle(PacketRequest* request, PacketReply* reply)
    {
        _requests++;
        bool corrupt = FaultTrigger.AtRequest<TEnv>(Env.FaultPlan, _requests);
        reply->Length = 0;
        if (!request->IsWellFormed(_deviceCount))
        {
            reply->Status = IoStatus.Invalid;
            return;
        }
        Device* device = DeviceAt(request->Device);
        reply->Status = request->Operation == PacketOperation.Send ? Send(device, request, reply) : Receive(device, request, reply);
        if (corrupt)
        {
            reply->Length = FaultTrigger.CorruptLength;
        }
    }

    // The driver lives in a static of its image (never moved: there is no GC).
    private Device* DeviceAt(uint index)
        => index == 0 ? (Device*)Unsafe.AsPointer(ref _device0) : (Device*)Unsafe.AsPointer(ref _device1);

    private bool Start(Device* device, DeviceResources resources)
    {
        device->Io = resources.IoBase;
        device->Irq = resources.Irq;
        device->RxOffset = 0;
        device->NextTx = 0;
        if (!device->Rx.IsValid) device->Rx = Env.AllocateDma(RxBufferBytes);
        if (!device->Tx.IsValid) device->Tx = Env.AllocateDma(TxSlotBytes * TxSlots);
        if (!device->Rx.IsValid || !device->Tx.IsValid) return false;

        ushort io = device->Io;
        Env.Out8((ushort)(io + Config1), 0x00);                 // power on (LWAKE + LWPTN low)
        Env.Out8((ushort)(io + Command), CommandReset);
        for (int polls = 0; (Env.In8((ushort)(io + Command)) & CommandReset) != 0; polls++)
            if (polls > 10_000_000) return false;
        Env.Out32((ushort)(io + RxBufferStart), (uint)device->Rx.Physical);
        Env.Out16((ushort)(io + InterruptMask), InterruptRxOk | InterruptRxError | InterruptTxOk | InterruptTxError | InterruptRxOverflow);
        Env.Out32((ushort)(io + RxConfig), RxConfigAcceptAll);
        Env.Out8((ushort)(io + Command), CommandRxEnable | CommandTxEnable);
        Env.Out16((ushort)(io + RxReadPointer), unchecked((ushort)(0 - 16)));
        Env.Out16((ushort)(io + InterruptStatus), 0xFFFF);
        return true;
    }

    private int Send(Device* device, PacketRequest* request, PacketReply* reply)
    {
        int slot = device->NextTx;
        device->NextTx = (slot + 1) % TxSlots;
        byte* buffer = device->Tx.Virtual + slot * TxSlotBytes;
        uint length = request->Length;
        CopyBytes(buffer, request->Data, length);
        ushort io = device->Io;
        ushort statusPort = (ushort)(io + TxStatus0 + slot * 4);
        Env.Out32((ushort)(io + TxAddress0 + slot * 4), (uint)(device->Tx.Physical + (ulong)slot * TxSlotBytes));
        Env.Out32(statusPort, length);                 // clears OWN: the chip starts the transfer
        while (true)
        {
            uint status = Env.In32(statusPort);
            if ((status & (TxStatusOk | TxStatusUnderrun | TxStatusAborted)) != 0)
            {
                Env.Out16((ushort)(io + InterruptStatus), InterruptTxOk | InterruptTxError);
                if ((status & TxStatusOk) == 0) return IoStatus.DeviceError;
                reply->Length = length;
                return IoStatus.Ok;
            }
            if (!Env.WaitForInterrupt(device->Irq, TransmitTimeoutTicks)) return IoStatus.Timeout;
        }
    }

    private int Receive(Device* device, PacketRequest* request, PacketReply* reply)
    {
        ushort io = device->Io;
        while ((Env.In8((ushort)(io + Command)) & CommandRxBufferEmpty) != 0)
        {
            Env.Out16((ushort)(io + InterruptStatus), InterruptRxOk | InterruptRxError | InterruptRxOverflow);
            if ((Env.In8((ushort)(io + Command)) & CommandRxBufferEmpty) == 0) break;
            if (!Env.WaitForInterrupt(device->Irq, request->TimeoutTicks)) return IoStatus.Timeout;
        }
        byte* entry = device->Rx.Virtual + device->RxOffset;
        ushort header = *(ushort*)entry;
        uint frameLength = *(ushort*)(entry + 2);          // includes the 4-byte CRC
        int status = IoStatus.Ok;
        if ((header & RxHeaderOk) == 0 || frameLength < 4 + 14 || frameLength > 1518)
        {
            status = IoStatus.DeviceError;
        }
        else
        {
            uint length = frameLength - 4;
            if (length > request->Length) length = request->Length;
            CopyBytes(request->Data, entry + 4, length);
            reply->Length = length;
        }
        device->RxOffset = (device->RxOffset + frameLength + 4 + 3) & ~3u;
        if (device->RxOffset >= RxRingSize) device->RxOffset -= RxRingSize;
        Env.Out16((ushort)(io + RxReadPointer), (ushort)(device->RxOffset - 16));
        Env.Out16((ushort)(io + InterruptStatus), InterruptRxOk | InterruptRxError | InterruptRxOverflow);
        return status;
    }

    private static void CopyBytes(byte* destination, byte* source, uint length)
    {
        uint words = length / 8;
        for (uint i = 0; i < words; i++) ((ulong*)destination)[i] = ((ulong*)source)[i];
        for (uint i = words * 8; i < length; i++) destination[i] = source[i];
    }
}
