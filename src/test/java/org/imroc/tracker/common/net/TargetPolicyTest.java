package org.imroc.tracker.common.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where webhooks may go, as the packaged service decides it (https only, nothing special-purpose unless allowed). */
class TargetPolicyTest {

    private final TargetPolicy production = new TargetPolicy(false, List.of());

    /** Every operator who runs a translator can name its prefix; the IPv4 address inside is still checked. */
    private final TargetPolicy translating = new TargetPolicy(
            false, List.of("::/96", "::ffff:0:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "2002::/16", "2001::/32"));

    @Test
    void onlyHttpsUnlessTheInstallationAllowsPlainHttp() throws Exception {
        assertThatThrownBy(() -> production.parse("http://93.184.216.34/hook")).hasMessageContaining("https");
        assertThat(new TargetPolicy(true, List.of())
                        .parse("http://93.184.216.34/hook")
                        .getHost())
                .isEqualTo("93.184.216.34");
        assertThatThrownBy(() -> production.parse("https://user:secret@93.184.216.34/"))
                .hasMessageContaining("user");
        assertThatThrownBy(() -> production.parse("file:///etc/passwd")).isInstanceOf(TargetPolicy.Refused.class);
    }

    /** One address from each block of the IANA special-purpose registries, and each way of hiding IPv4 in IPv6. */
    @ParameterizedTest(name = "{0} is refused ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0                          | This network
            0.1.2.3                          | This network
            10.0.0.1                         | Private-Use
            100.64.0.1                       | Shared Address Space
            127.0.0.1                        | Loopback
            127.1.2.3                        | Loopback
            169.254.169.254                  | Link-Local
            172.16.5.4                       | Private-Use
            192.0.0.9                        | IETF Protocol Assignments
            192.0.2.1                        | Documentation (TEST-NET-1)
            192.31.196.1                     | AS112-v4
            192.52.193.1                     | AMT
            192.88.99.1                      | 6to4 Relay Anycast
            192.168.1.1                      | Private-Use
            192.175.48.1                     | Direct Delegation AS112 Service
            198.18.0.1                       | Benchmarking
            198.19.255.255                   | Benchmarking
            198.51.100.1                     | Documentation (TEST-NET-2)
            203.0.113.1                      | Documentation (TEST-NET-3)
            224.0.0.1                        | Multicast
            239.255.255.250                  | Multicast
            240.0.0.1                        | Reserved
            255.255.255.255                  | Limited Broadcast
            [::]                             | Unspecified
            [::1]                            | Loopback
            [::127.0.0.1]                    | IPv4-compatible
            [::a9fe:a9fe]                    | IPv4-compatible
            [::ffff:127.0.0.1]               | Loopback
            [::ffff:7f00:1]                  | Loopback
            [::ffff:a9fe:a9fe]               | Link-Local
            [::ffff:0:7f00:1]                | IPv4-translated
            [::ffff:0:5db8:d822]             | IPv4-translated
            [64:ff9b::7f00:1]                | IPv4-IPv6 Translation
            [64:ff9b::a9fe:a9fe]             | IPv4-IPv6 Translation
            [64:ff9b::5db8:d822]             | IPv4-IPv6 Translation
            [64:ff9b:1::7f00:1]              | Local-Use IPv4-IPv6 Translation
            [100::1]                         | Discard-Only
            [100:0:0:1::1]                   | Dummy IPv6 Prefix
            [2001::1]                        | Teredo
            [2001:0:4136:e378:8000:63bf:80ff:fffe] | Teredo
            [2001:1::1]                      | IETF Protocol Assignments
            [2001:2::1]                      | Benchmarking
            [2001:3::1]                      | IETF Protocol Assignments
            [2001:4:112::1]                  | IETF Protocol Assignments
            [2001:10::1]                     | ORCHID
            [2001:20::1]                     | ORCHIDv2
            [2001:30::1]                     | Drone Remote ID
            [2001:1ff::1]                    | IETF Protocol Assignments
            [2001:db8::1]                    | Documentation
            [2002:7f00:1::1]                 | 6to4
            [2002:5db8:d822::1]              | 6to4
            [2620:4f:8000::1]                | Direct Delegation AS112 Service
            [3fff::1]                        | Documentation
            [5f00::1]                        | Segment Routing (SRv6) SIDs
            [fc00::1]                        | Unique-Local
            [fd00:ec2::254]                  | Unique-Local
            [fe80::1]                        | Link-Local
            [fec0::1]                        | Site-Local
            [ff02::1]                        | Multicast
            """)
    void everySpecialPurposeAddressIsRefused(String host, String block) {
        assertThatThrownBy(() -> production.check("https://" + host + "/hook"))
                .as(host)
                .isInstanceOf(TargetPolicy.Refused.class)
                .hasMessageContaining("special-purpose address")
                .hasMessageContaining(block)
                .hasMessageContaining("tracker.webhooks.allowed-targets");
    }

    /**
     * With the translation prefixes themselves allowed, the IPv4 address a translator or tunnel would reach is what
     * decides: special-purpose inside is refused, public inside goes through.
     */
    @ParameterizedTest(name = "{0} carries {1}")
    @CsvSource(delimiter = '|', textBlock = """
            [::127.0.0.1]                          | Loopback                   | [::5db8:d822]
            [::ffff:0:7f00:1]                      | Loopback                   | [::ffff:0:5db8:d822]
            [::ffff:0:a9fe:a9fe]                   | Link-Local                 | [::ffff:0:5db8:d822]
            [64:ff9b::7f00:1]                      | Loopback                   | [64:ff9b::5db8:d822]
            [64:ff9b::a9fe:a9fe]                   | Link-Local                 | [64:ff9b::5db8:d822]
            [64:ff9b::c612:1]                      | Benchmarking               | [64:ff9b::5db8:d822]
            [64:ff9b:1:fffe::a00:1]                | Private-Use                | [64:ff9b:1:fffe::5db8:d822]
            [2002:7f00:1::1]                       | Loopback                   | [2002:5db8:d822::1]
            [2002:a9fe:a9fe::1]                    | Link-Local                 | [2002:5db8:d822::1]
            [2002:c0a8:101::1]                     | Private-Use                | [2002:5db8:d822::1]
            [2001:0:4136:e378:8000:63bf:80ff:fffe] | Loopback                   | [2001:0:4136:e378:8000:63bf:a247:27dd]
            [2001:0:4136:e378:8000:63bf:5601:5601] | Link-Local                 | [2001:0:4136:e378:8000:63bf:a247:27dd]
            """)
    void theIpv4AddressInsideAnAllowedTranslationPrefixIsCheckedToo(String special, String block, String open)
            throws Exception {
        assertThatThrownBy(() -> translating.check("https://" + special + "/hook"))
                .as(special)
                .isInstanceOf(TargetPolicy.Refused.class)
                .hasMessageContaining(block);
        assertThatThrownBy(() -> production.check("https://" + open + "/hook"))
                .as(open + " without the allowance")
                .isInstanceOf(TargetPolicy.Refused.class);
        assertThat(translating.check("https://" + open + "/hook").address())
                .isEqualTo(InetAddress.getByName(open.substring(1, open.length() - 1)));
    }

    @Test
    void publicAddressesGoThroughAndTheAddressCheckedIsTheOneConnectedTo() throws Exception {
        for (String host : List.of(
                "93.184.216.34",
                "1.1.1.1",
                "100.128.0.1",
                "198.20.0.1",
                "223.255.255.254",
                "[2606:4700:4700::1111]",
                "[2001:200::1]",
                "[2003::1]")) {
            assertThat(production.check("https://" + host + "/").address())
                    .as(host)
                    .isEqualTo(InetAddress.getByName(host.replace("[", "").replace("]", "")));
        }
        TargetPolicy.Target publicTarget = production.check("https://93.184.216.34:8443/hooks?x=1");
        assertThat(publicTarget.address()).isEqualTo(InetAddress.getByName("93.184.216.34"));
        assertThat(publicTarget.port()).isEqualTo(8443);
        assertThat(publicTarget.pathAndQuery()).isEqualTo("/hooks?x=1");
    }

    @Test
    void aNameThatResolvesToASpecialAddressIsRefusedWithoutSayingWhereItPoints() {
        assertThatThrownBy(() -> production.check("https://localhost/hook"))
                .isInstanceOf(TargetPolicy.Refused.class)
                .hasMessageContaining("resolves to a special-purpose address")
                .hasMessageNotContaining("127.0.0.1")
                .hasMessageNotContaining("Loopback");
    }

    @Test
    void anAllowedCidrOrHostOpensOnlyWhatItNames() throws Exception {
        TargetPolicy intranet = new TargetPolicy(false, List.of("10.2.0.0/16", "dashboard.trust.internal"));
        assertThat(intranet.check("https://10.2.3.4/hook").address()).isEqualTo(InetAddress.getByName("10.2.3.4"));
        assertThat(intranet.check("https://[::ffff:10.2.3.4]/hook").address())
                .as("the IPv4-mapped spelling is the same socket address")
                .isEqualTo(InetAddress.getByName("10.2.3.4"));
        for (String other : List.of(
                "10.3.0.1",
                "169.254.169.254",
                "[::10.2.3.4]",
                "[64:ff9b::a02:304]",
                "[2002:a02:304::1]",
                "[::ffff:0:a02:304]")) {
            assertThatThrownBy(() -> intranet.check("https://" + other + "/hook"))
                    .as(other)
                    .isInstanceOf(TargetPolicy.Refused.class);
        }
    }

    @Test
    void theTestProfilesLoopbackAllowanceStillLetsItsReceiversIn() throws Exception {
        TargetPolicy test = new TargetPolicy(true, List.of("127.0.0.1"));
        assertThat(test.check("http://127.0.0.1:8089/hooks").address()).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThatThrownBy(() -> test.check("http://127.0.0.2/hooks")).isInstanceOf(TargetPolicy.Refused.class);
        assertThatThrownBy(() -> test.check("http://[::127.0.0.1]/hooks")).isInstanceOf(TargetPolicy.Refused.class);
        assertThatThrownBy(() -> test.check("http://[64:ff9b::7f00:1]/hooks")).isInstanceOf(TargetPolicy.Refused.class);
    }
}
