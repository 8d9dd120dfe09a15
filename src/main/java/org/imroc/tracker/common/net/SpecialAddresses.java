package org.imroc.tracker.common.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The special-purpose address blocks a webhook may not reach unless an administrator allows them: the IANA IPv4 and
 * IPv6 Special-Purpose Address Registries, multicast, and the deprecated IPv6 site-local and IPv4-compatible forms,
 * as data. An IPv6 address that carries an IPv4 address (mapped, compatible, SIIT, NAT64, 6to4, Teredo) is also
 * judged by the IPv4 address inside, because a translator or tunnel delivers it there.
 */
final class SpecialAddresses {

    /** A block of addresses: the first {@code bits} bits of {@code network}. */
    record Cidr(byte[] network, int bits, String text) {

        /** {@code 10.0.0.0/8}, {@code 64:ff9b::/96}, or one address (all its bits); IPv6 stays IPv6 when mapped. */
        static Cidr parse(String text) throws UnknownHostException {
            String[] parts = text.trim().split("/", 2);
            if (parts[0].isEmpty() || !(Character.isDigit(parts[0].charAt(0)) || parts[0].contains(":"))) {
                throw new UnknownHostException("not an address: " + text); // a host name, never looked up here
            }
            byte[] network = bytes(InetAddress.getByName(parts[0]), parts[0].contains(":"));
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (bits < 0 || bits > network.length * 8) {
                throw new UnknownHostException("prefix length out of range: " + text);
            }
            return new Cidr(network, bits, text.trim());
        }

        boolean contains(InetAddress address) {
            return contains(address.getAddress());
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** Java turns {@code ::ffff:a.b.c.d} into an IPv4 address; a block written in IPv6 keeps its 16 bytes. */
        private static byte[] bytes(InetAddress address, boolean writtenAsIpv6) {
            byte[] b = address.getAddress();
            if (!writtenAsIpv6 || b.length == 16) {
                return b;
            }
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(b, 0, mapped, 12, 4);
            return mapped;
        }
    }

    /** A special-purpose block and its registry name. */
    record Block(Cidr cidr, String name) {
        @Override
        public String toString() {
            return name + " " + cidr.text();
        }
    }

    /** An IPv6 prefix that carries an IPv4 address in four bytes from {@code first}, inverted for Teredo. */
    record Embedding(Cidr prefix, String name, int first, boolean inverted) {}

    /** An address found special: the block, and the translation prefix it was found inside (null when none). */
    record Finding(InetAddress address, Block block, Embedding inside) {
        @Override
        public String toString() {
            return inside == null
                    ? block.toString()
                    : block + " inside " + inside.name() + " " + inside.prefix().text();
        }
    }

    // The more specific block first, so that the name given is the most precise one.
    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0/8", "This network"),
            block("10.0.0.0/8", "Private-Use"),
            block("100.64.0.0/10", "Shared Address Space"),
            block("127.0.0.0/8", "Loopback"),
            block("169.254.0.0/16", "Link-Local (cloud metadata)"),
            block("172.16.0.0/12", "Private-Use"),
            block("192.0.0.0/24", "IETF Protocol Assignments"),
            block("192.0.2.0/24", "Documentation (TEST-NET-1)"),
            block("192.31.196.0/24", "AS112-v4"),
            block("192.52.193.0/24", "AMT"),
            block("192.88.99.0/24", "Deprecated 6to4 Relay Anycast"),
            block("192.168.0.0/16", "Private-Use"),
            block("192.175.48.0/24", "Direct Delegation AS112 Service"),
            block("198.18.0.0/15", "Benchmarking"),
            block("198.51.100.0/24", "Documentation (TEST-NET-2)"),
            block("203.0.113.0/24", "Documentation (TEST-NET-3)"),
            block("224.0.0.0/4", "Multicast"),
            block("255.255.255.255/32", "Limited Broadcast"),
            block("240.0.0.0/4", "Reserved"),
            block("::/128", "Unspecified"),
            block("::1/128", "Loopback"),
            block("::/96", "IPv4-compatible (deprecated)"),
            block("::ffff:0:0/96", "IPv4-mapped"),
            block("::ffff:0:0:0/96", "IPv4-translated (SIIT)"),
            block("64:ff9b::/96", "IPv4-IPv6 Translation (NAT64)"),
            block("64:ff9b:1::/48", "Local-Use IPv4-IPv6 Translation"),
            block("100::/64", "Discard-Only"),
            block("100:0:0:1::/64", "Dummy IPv6 Prefix"),
            block("2001::/32", "Teredo"),
            block("2001:2::/48", "Benchmarking"),
            block("2001:10::/28", "ORCHID (deprecated)"),
            block("2001:20::/28", "ORCHIDv2"),
            block("2001:30::/28", "Drone Remote ID (DRIP)"),
            block("2001::/23", "IETF Protocol Assignments"),
            block("2001:db8::/32", "Documentation"),
            block("2002::/16", "6to4"),
            block("2620:4f:8000::/48", "Direct Delegation AS112 Service"),
            block("3fff::/20", "Documentation"),
            block("5f00::/16", "Segment Routing (SRv6) SIDs"),
            block("fc00::/7", "Unique-Local"),
            block("fe80::/10", "Link-Local"),
            block("fec0::/10", "Site-Local (deprecated)"),
            block("ff00::/8", "Multicast"));

    // RFC 4291 (compatible, mapped), RFC 2765 (SIIT), RFC 6052 and 8215 (NAT64, the /96 layout), RFC 3056 (6to4:
    // bits 16-47), RFC 4380 (Teredo: the client's address, inverted, in the last 32 bits).
    private static final List<Embedding> EMBEDDINGS = List.of(
            embedding("::/96", "IPv4-compatible", 12, false),
            embedding("::ffff:0:0/96", "IPv4-mapped", 12, false),
            embedding("::ffff:0:0:0/96", "IPv4-translated (SIIT)", 12, false),
            embedding("64:ff9b::/96", "NAT64", 12, false),
            embedding("64:ff9b:1::/48", "Local-Use NAT64", 12, false),
            embedding("2002::/16", "6to4", 2, false),
            embedding("2001::/32", "Teredo", 12, true));

    private SpecialAddresses() {}

    /** The block this address lies in, if it is special-purpose (its own family only; nothing embedded). */
    static Optional<Block> blockOf(InetAddress address) {
        return BLOCKS.stream().filter(b -> b.cidr().contains(address)).findFirst();
    }

    /** The address itself, then each IPv4 address it carries, each with the prefix that carries it. */
    static List<Finding> readings(InetAddress address) {
        List<Finding> readings = new ArrayList<>();
        readings.add(new Finding(address, blockOf(address).orElse(null), null));
        byte[] b = address.getAddress();
        for (Embedding e : EMBEDDINGS) {
            if (e.prefix().contains(b)) {
                byte[] v4 = new byte[4];
                for (int i = 0; i < 4; i++) {
                    v4[i] = (byte) (e.inverted() ? ~b[e.first() + i] : b[e.first() + i]);
                }
                Inet4Address inner = ipv4(v4);
                readings.add(new Finding(inner, blockOf(inner).orElse(null), e));
            }
        }
        return readings;
    }

    private static Inet4Address ipv4(byte[] v4) {
        try {
            return (Inet4Address) InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static Block block(String cidr, String name) {
        return new Block(cidr(cidr), name);
    }

    private static Embedding embedding(String prefix, String name, int first, boolean inverted) {
        return new Embedding(cidr(prefix), name, first, inverted);
    }

    private static Cidr cidr(String text) {
        try {
            return Cidr.parse(text);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
