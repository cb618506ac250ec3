using System.Net;
using System.Net.Sockets;

namespace PersonalCapitalService.Authentication;

/// <summary>
/// Who the throttle counts as one client: an IPv4 address (also when it arrives IPv4-mapped, <c>::ffff:a.b.c.d</c>),
/// or an IPv6 /64, the block one home or host is given, so hopping between its addresses gains no fresh tries.
/// </summary>
internal readonly record struct ClientKey(UInt128 Bits, bool IsIPv6)
{
    public static ClientKey Of(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> v4 = stackalloc byte[4];
            address.TryWriteBytes(v4, out _);
            return new ClientKey((UInt128)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(v4), IsIPv6: false);
        }
        Span<byte> v6 = stackalloc byte[16];
        address.TryWriteBytes(v6, out _);
        var prefix = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(v6);
        return new ClientKey((UInt128)prefix << 64, IsIPv6: true);
    }

    /// <summary>The address as the log shows it for fail2ban: the caller's own, IPv4-mapped written as IPv4.</summary>
    public string Shown(IPAddress address) => (IsIPv6 ? address : address.MapToIPv4()).ToString();
}
