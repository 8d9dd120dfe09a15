package org.imroc.tracker.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a text cell is written: quoted when RFC 4180 needs it, and never run as a formula by a spreadsheet, whether the
 * formula starts the cell or follows a separator (a spreadsheet in a semicolon or tab locale splits the cell there).
 */
class CsvWriterTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("plain text", "plain text"),
                Arguments.of("", ""),
                Arguments.of("a, b", "\"a, b\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("two\nlines", "\"two\nlines\""),
                Arguments.of("=1+1", "'=1+1"),
                Arguments.of("+1", "'+1"),
                Arguments.of("-1", "'-1"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\t=1", "\"'\t'=1\""),
                Arguments.of("\r=1", "\"'\r=1\""),
                Arguments.of("=1,2", "\"'=1,2\""),
                Arguments.of("a;=1+1", "\"a;'=1+1\""),
                Arguments.of("a;+1", "\"a;'+1\""),
                Arguments.of("a;-1", "\"a;'-1\""),
                Arguments.of("a;@SUM(A1)", "\"a;'@SUM(A1)\""),
                Arguments.of("a,=1+1", "\"a,'=1+1\""),
                Arguments.of("a\t=1+1", "\"a\t'=1+1\""),
                Arguments.of("a;b;=c;=d", "\"a;b;'=c;'=d\""),
                Arguments.of("=a;=b", "\"'=a;'=b\""),
                Arguments.of("a;b", "a;b"),
                Arguments.of("a; =1", "a; =1"),
                Arguments.of("a=1;b", "a=1;b"),
                Arguments.of("2026-01-01", "2026-01-01"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void textCellsAreQuotedAndNeverAFormula(String text, String written) {
        assertThat(CsvWriter.cell(text)).isEqualTo(written);
    }
}
