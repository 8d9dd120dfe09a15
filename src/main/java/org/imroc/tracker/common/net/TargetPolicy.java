package org.imroc.tracker.common.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the service may call out to (webhook receivers, identity providers' discovery documents and keys). Only {@code https} (plain {@code http} when the installation allows it), no user
 * info, and never to a special-purpose address ({@link SpecialAddresses}: loopback, private, link-local including the
 * cloud metadata address, shared, documentation, benchmarking, translation and tunnel prefixes, multicast, reserved),
 * nor to an IPv6 address that carries such an IPv4 address, unless an allowed target names the host or a CIDR
 * containing the address. Checked when a subscription is saved and again, on the addresses it resolves to then,
 * right before every connection; the sender connects to the address checked, so a DNS answer that changes in between
 * (rebinding) cannot send it elsewhere.
 */
public final class TargetPolicy {

    /** A target that may be called: the URL's parts and the address checked to connect to. */
    public record Target(URI uri, boolean https, String host, int port, String pathAndQuery, InetAddress address) {

        /**
         * A Vert.x request to this target: connecting to the address checked (never resolving the host again), with
         * the URL's host as Host and TLS server name, following no redirect.
         */
        public io.vertx.core.http.RequestOptions request(io.vertx.core.http.HttpMethod method, long timeoutMillis) {
            return new io.vertx.core.http.RequestOptions()
                    .setMethod(method)
                    .setServer(io.vertx.core.net.SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                    .setHost(host)
                    .setPort(port)
                    .setSsl(https)
                    .setURI(pathAndQuery)
                    .setFollowRedirects(false)
                    .setTimeout(timeoutMillis);
        }
    }

    /** Why a target was refused: shown to the administrator, never the resolved addresses of other hosts. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final boolean allowInsecureHttp;
    private final List<String> allowedHosts;
    private final List<SpecialAddresses.Cidr> allowedBlocks = new ArrayList<>();

    private final String howToAllow;

    /** The webhooks' policy (its refusals name tracker.webhooks.allowed-targets). */
    public TargetPolicy(boolean allowInsecureHttp, List<String> allowedTargets) {
        this(allowInsecureHttp, allowedTargets, "tracker.webhooks.allowed-targets");
    }

    /** A policy whose refusals name the setting that can allow a target. */
    public TargetPolicy(boolean allowInsecureHttp, List<String> allowedTargets, String allowingSetting) {
        this.howToAllow = "; an administrator can allow it with " + allowingSetting;
        this.allowInsecureHttp = allowInsecureHttp;
        this.allowedHosts = allowedTargets.stream()
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .toList();
        for (String target : allowedHosts) {
            try {
                allowedBlocks.add(SpecialAddresses.Cidr.parse(target));
            } catch (UnknownHostException | NumberFormatException e) {
                // a host name, compared with the URL's host (or an entry that is neither, which opens nothing)
            }
        }
    }

    /** The URL parsed and its scheme checked, without resolving it. */
    public URI parse(String url) throws Refused {
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
    public Target check(String url) throws Refused {
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
        if (!allowedHosts.contains(host)) {
            for (InetAddress address : addresses) {
                refuseSpecial(address, literal(host));
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Target(uri, https, host, port, pathAndQuery, addresses[0]);
    }

    /**
     * Refuses the address when it, or an IPv4 address it carries, is special-purpose and no allowed CIDR contains it.
     * A literal address is told which block; a host name is not told where it points.
     */
    private void refuseSpecial(InetAddress address, boolean literal) throws Refused {
        for (SpecialAddresses.Finding reading : SpecialAddresses.readings(address)) {
            if (reading.block() != null && allowedBlocks.stream().noneMatch(b -> b.contains(reading.address()))) {
                throw new Refused(
                        literal
                                ? "is a special-purpose address (" + reading + ")" + howToAllow
                                : "resolves to a special-purpose address (loopback, private, link-local, metadata, "
                                        + "documentation, translation or another reserved block)" + howToAllow);
            }
        }
    }

    /** An IP address written in the URL (Java also reads {@code 2130706433} and {@code 127.1} as IPv4). */
    private static boolean literal(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }
}
