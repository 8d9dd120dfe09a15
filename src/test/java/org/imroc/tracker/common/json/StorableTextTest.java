package org.imroc.tracker.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void ordinaryTextAndPairedSurrogatesAreStorable() {
        assertThat(StorableText.problem(null)).isNull();
        assertThat(StorableText.problem("")).isNull();
        assertThat(StorableText.problem("Recovery college — café \uD83D\uDE00")).isNull();
        assertThat(StorableText.problem("tab\tnew\nline")).isNull();
    }

    @Test
    void nulAndUnpairedSurrogatesAreNot() {
        assertThat(StorableText.problem("a\u0000b")).contains("NUL");
        assertThat(StorableText.problem("\uD800")).contains("unpaired surrogate");
        assertThat(StorableText.problem("x\uDE00y")).contains("unpaired surrogate");
        assertThat(StorableText.problem("\uD83Dz")).contains("unpaired surrogate");
        assertThat(StorableText.problem("end\uD83D")).contains("unpaired surrogate");
    }
}
