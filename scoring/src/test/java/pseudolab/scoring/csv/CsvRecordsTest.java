package pseudolab.scoring.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading CSV records across many batches: contents, physical lines, numbers, errors in file order. */
class CsvRecordsTest {

    private static CsvRecords open(byte[] bytes) {
        return CsvRecords.open(new ByteArrayInputStream(bytes));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTensOfThousandsOfRecordsWithQuotesCrlfAndTheirPhysicalLines() {
        StringBuilder sb = new StringBuilder("\uFEFFid,text,value\r\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i)
                    .append(i % 7 == 0 ? ",\"a,\"\"b\"\"\nc\"," : ",plain,")
                    .append(i * 0.25)
                    .append("\r\n");
            if (i % 1000 == 0) {
                sb.append("\r\n");
            }
        }
        try (CsvRecords records = open(utf8(sb.toString()))) {
            assertThat(records.next()).isTrue();
            assertThat(List.of(records.field(0), records.field(1), records.field(2)))
                    .containsExactly("id", "text", "value");
            long line = 2;
            for (int i = 0; i < 20_000; i++) {
                assertThat(records.next()).isTrue();
                assertThat(records.line()).isEqualTo(line);
                assertThat(records.fieldCount()).isEqualTo(3);
                assertThat(records.field(0)).isEqualTo(Integer.toString(i));
                assertThat(records.field(1)).isEqualTo(i % 7 == 0 ? "a,\"b\"\nc" : "plain");
                assertThat(records.isNumber(2)).isTrue();
                assertThat(records.number()).isEqualTo(i * 0.25);
                assertThat(records.isNumber(1)).isFalse();
                line += (i % 7 == 0 ? 2 : 1) + (i % 1000 == 0 ? 1 : 0);
            }
            assertThat(records.next()).isFalse();
            assertThat(records.next()).isFalse();
        }
    }

    @Test
    void invalidUtf8FarIntoTheFileIsReportedAfterTheRecordsBeforeIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("id,v\n"));
        for (int i = 0; i < 9_000; i++) {
            out.writeBytes(utf8(i + ",x\n"));
        }
        out.writeBytes(new byte[] {'9', ',', (byte) 0xC3, '(', '\n'});
        List<String> ids = new ArrayList<>();
        try (CsvRecords records = open(out.toByteArray())) {
            assertThatThrownBy(() -> {
                        while (records.next()) {
                            ids.add(records.field(0));
                        }
                    })
                    .isInstanceOf(CsvException.class)
                    .hasMessage("line 9002: the file is not UTF-8 text (byte 0xC3)");
        }
        assertThat(ids).hasSizeLessThanOrEqualTo(9_001).startsWith("id", "0");
    }

    @Test
    void closingEarlyStopsTheParserWithoutReadingTheRest() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            sb.append(i).append(",1\n");
        }
        CsvRecords records = open(utf8(sb.toString()));
        assertThat(records.next()).isTrue();
        assertThat(records.field(0)).isEqualTo("0");
        records.close();
    }

    @Test
    void binaryContentIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> open(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(CsvException.class)
                .hasMessage("the file is not text (binary content at byte 5)");
    }
}
