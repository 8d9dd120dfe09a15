package org.imroc.tracker.webhook;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may be sent. Only {@code https} (plain {@code http} when the installation allows it), no user
 * info, and never to an address a server-side request could abuse (loopback, private, link-local including the
 * cloud metadata address, unique-local, multicast, unspecified, carrier-grade NAT) unless an allowed target names
 * the host or a CIDR containing the address. Checked when a subscription is saved and again, on the addresses it
 * resolves to then, right before every connection; the sender connects to the address checked, so a DNS answer that
 * changes in between (rebinding) cannot send it elsewhere.
 */
final class TargetPolicy {

    /** A target that may be called: the URL's parts and the address checked to connect to. */
    record Target(URI uri, boolean https, String host, int port, String pathAndQuery, InetAddress address) {
    }

    /** Why a target was refused: shown to the administrator, never the resolved addresses of other hosts. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final boolean allowInsecureHttp;
    private final List<String> allowedTargets;

    TargetPolicy(boolean allowInsecureHttp, List<String> allowedTargets) {
        this.allowInsecureHttp = allowInsecureHttp;
        this.allowedTargets = allowedTargets.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** The URL parsed and its scheme checked, without resolving it. */
    URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowInsecureHttp)) {
            throw new Refused(allowInsecureHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new Refused("must name a host, with no user name, password or fragment");
        }
        return uri;
    }

    /** Parses, resolves and checks the target; the address returned is the one to connect to. */
    Target check(String url) throws Refused {
        URI uri = parse(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new Refused("does not resolve (" + host + ")");
        }
        boolean hostAllowed = allowedTargets.contains(host);
        for (InetAddress address : addresses) {
            if (!hostAllowed && !inAllowedCidr(address) && isInternal(address)) {
                throw new Refused("resolves to an internal address (loopback, private, link-local or metadata); "
                        + "an administrator can allow it with tracker.webhooks.allowed-targets");
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Target(uri, https, host, port, pathAndQuery, addresses[0]);
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local (e.g. fd00:ec2::254, a metadata address)
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, 100.64/10 carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240; // 192.0.0/24, 240/4
    }

    private boolean inAllowedCidr(InetAddress address) {
        for (String target : allowedTargets) {
            String[] parts = target.split("/", 2);
            try {
                if (!Character.isDigit(parts[0].charAt(0)) && !parts[0].contains(":")) {
                    continue; // a host name, compared with the URL's host
                }
                InetAddress network = InetAddress.getByName(parts[0]);
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.getAddress().length * 8;
                if (network.getAddress().length == address.getAddress().length
                        && prefix(network.getAddress(), bits).equals(prefix(address.getAddress(), bits))) {
                    return true;
                }
            } catch (UnknownHostException | NumberFormatException | StringIndexOutOfBoundsException e) {
                // not a CIDR: ignored (the setting's other entries still apply)
            }
        }
        return false;
    }

    private static BigInteger prefix(byte[] address, int bits) {
        BigInteger value = new BigInteger(1, address);
        int total = address.length * 8;
        return value.shiftRight(Math.max(0, total - Math.min(bits, total)));
    }
}
