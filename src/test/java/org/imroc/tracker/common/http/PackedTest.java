package org.imroc.tracker.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A packed representation comes back byte for byte, whole or streamed into a response. */
class PackedTest {

    @Test
    void writtenToAStreamItIsTheSameBytesAsUnpacked() throws Exception {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 40_000; i++) { // about 2.4 MB of repetitive HTML, as a large Trust report
            page.append("<tr><th scope=\"row\">2024-W")
                    .append(i % 52)
                    .append("</th><td>")
                    .append(i * 7 % 113)
                    .append("</td></tr>\n");
        }
        byte[] original = page.toString().getBytes(StandardCharsets.UTF_8);
        Packed packed = Packed.of(original);
        assertThat(packed.weight()).isLessThan(original.length / 5);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packed.writeTo(out);
        assertThat(out.toByteArray()).isEqualTo(original);
        assertThat(packed.unpack()).isEqualTo(original);
    }
}
