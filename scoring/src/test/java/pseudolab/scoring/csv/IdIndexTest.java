package pseudolab.scoring.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids are found by their exact text, whether they are dense integers or arbitrary strings. */
class IdIndexTest {

    private static IdIndex index(String... ids) {
        CharColumn column = new CharColumn();
        for (String id : ids) {
            column.append(id);
        }
        return IdIndex.of(column);
    }

    private static int find(IdIndex index, String id) {
        return index.find(id.toCharArray(), 0, id.length());
    }

    @Test
    void denseIntegerIdsAreFoundOnlyByTheirExactText() {
        IdIndex index = index("10", "12", "11", "0");
        assertThat(index.toString()).contains("dense");
        assertThat(List.of(find(index, "10"), find(index, "11"), find(index, "12"), find(index, "0")))
                .containsExactly(0, 2, 1, 3);
        assertThat(List.of(
                        find(index, "13"),
                        find(index, "010"),
                        find(index, "10.0"),
                        find(index, " 10"),
                        find(index, ""),
                        find(index, "-1"),
                        find(index, "99999999999999999999")))
                .containsOnly(-1);
        assertThat(index.duplicateRow()).isEqualTo(-1);
    }

    @Test
    void otherIdsAreHashed() {
        IdIndex index = index("a", "007", "b c", "1");
        assertThat(index.toString()).contains("hashed");
        assertThat(find(index, "007")).isEqualTo(1);
        assertThat(find(index, "7")).isEqualTo(-1);
        assertThat(find(index, "b c")).isEqualTo(2);
        assertThat(index.get(2)).isEqualTo("b c");
    }

    @Test
    void aRepeatedIdIsReportedByItsRow() {
        assertThat(index("1", "2", "1").duplicateRow()).isEqualTo(2);
        assertThat(index("x", "y", "y").duplicateRow()).isEqualTo(2);
    }

    @Test
    void sparseIntegersAndManyStringsStillWork() {
        String[] ids = new String[5000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Long.toString(i * 1_000_003L);
        }
        IdIndex index = index(ids);
        assertThat(index.toString()).contains("hashed");
        for (int i = 0; i < ids.length; i++) {
            assertThat(find(index, ids[i])).isEqualTo(i);
        }
    }
}
