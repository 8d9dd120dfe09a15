package org.imroc.tracker.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where webhooks may go, as the packaged service decides it (https only, nothing internal unless allowed). */
class TargetPolicyTest {

    private final TargetPolicy production = new TargetPolicy(false, List.of());

    @Test
    void onlyHttpsUnlessTheInstallationAllowsPlainHttp() throws Exception {
        assertThatThrownBy(() -> production.parse("http://93.184.216.34/hook")).hasMessageContaining("https");
        assertThat(new TargetPolicy(true, List.of()).parse("http://93.184.216.34/hook").getHost())
                .isEqualTo("93.184.216.34");
        assertThatThrownBy(() -> production.parse("https://user:secret@93.184.216.34/")).hasMessageContaining("user");
        assertThatThrownBy(() -> production.parse("file:///etc/passwd")).isInstanceOf(TargetPolicy.Refused.class);
    }

    @Test
    void internalAddressesAreRefusedWhateverTheSpelling() throws Exception {
        for (String url : List.of("https://127.0.0.1/", "https://127.1.2.3/", "https://10.0.0.1/", "https://172.16.5.4/",
                "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data/", "https://[::1]/",
                "https://[fd00:ec2::254]/", "https://[fe80::1]/", "https://0.0.0.0/", "https://100.64.0.1/",
                "https://224.0.0.1/")) {
            assertThatThrownBy(() -> production.check(url)).as(url).isInstanceOf(TargetPolicy.Refused.class)
                    .hasMessageContaining("internal");
        }
        TargetPolicy.Target publicTarget = production.check("https://93.184.216.34:8443/hooks?x=1");
        assertThat(publicTarget.address()).isEqualTo(InetAddress.getByName("93.184.216.34"));
        assertThat(publicTarget.port()).isEqualTo(8443);
        assertThat(publicTarget.pathAndQuery()).isEqualTo("/hooks?x=1");
    }

    @Test
    void anAllowedCidrOrHostOpensOnlyWhatItNames() throws Exception {
        TargetPolicy intranet = new TargetPolicy(false, List.of("10.2.0.0/16", "dashboard.trust.internal"));
        assertThat(intranet.check("https://10.2.3.4/hook").address()).isEqualTo(InetAddress.getByName("10.2.3.4"));
        assertThatThrownBy(() -> intranet.check("https://10.3.0.1/hook")).isInstanceOf(TargetPolicy.Refused.class);
        assertThatThrownBy(() -> intranet.check("https://169.254.169.254/")).isInstanceOf(TargetPolicy.Refused.class);
    }
}
