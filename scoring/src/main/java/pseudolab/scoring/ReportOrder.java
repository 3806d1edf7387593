package pseudolab.scoring;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import pseudolab.scoring.csv.CsvException;
import pseudolab.scoring.csv.CsvRecords;
import pseudolab.scoring.csv.IdIndex;

/**
 * The order in which messages list a solution's ids: that of sample_submission.csv, else the ids sorted
 * (numbers by value). Never the solution's own row order, from which Public rows could be told from Private.
 */
final class ReportOrder {
    private ReportOrder() {}

    /** Rows sorted by their id: whole numbers by value before other ids, those by text. */
    static int[] byId(IdIndex ids) {
        Comparator<String> numbersFirst = Comparator.comparing((String id) -> !isDigits(id))
                .thenComparing(id -> isDigits(id) ? id.length() : 0)
                .thenComparing(Comparator.naturalOrder());
        return IntStream.range(0, ids.size())
                .boxed()
                .sorted(Comparator.comparing(ids::get, numbersFirst))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Rows in the order their ids appear in the first column of {@code sample}; the rest after, by id. */
    static int[] of(IdIndex ids, InputStream sample) {
        boolean[] placed = new boolean[ids.size()];
        int[] order = new int[ids.size()];
        int next = 0;
        try (CsvRecords records = CsvRecords.open(sample)) {
            records.next(); // the header
            while (records.next()) {
                int row =
                        records.fieldCount() == 0 ? -1 : ids.find(records.chars(), records.start(0), records.length(0));
                if (row >= 0 && !placed[row]) {
                    placed[row] = true;
                    order[next++] = row;
                }
            }
        } catch (CsvException e) {
            throw new ScoringException("sample submission: " + e.getMessage(), e);
        }
        if (next < order.length) {
            for (int row : byId(ids)) {
                if (!placed[row]) {
                    order[next++] = row;
                }
            }
        }
        return Arrays.copyOf(order, next);
    }

    private static boolean isDigits(String id) {
        return !id.isEmpty() && id.length() <= 18 && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
