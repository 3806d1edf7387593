package pseudolab.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import pseudolab.scoring.csv.CharColumn;
import pseudolab.scoring.csv.CsvException;
import pseudolab.scoring.csv.CsvRecords;
import pseudolab.scoring.csv.IdIndex;
import pseudolab.scoring.csv.NumberParser;
import pseudolab.scoring.metric.ValueRange;

/** The expected shape of a submission, taken from sample_submission.csv: header and ids, no solution values. */
public final class SubmissionFormat {
    private final String idColumn;
    private final List<String> columns;
    private final IdIndex ids;
    private final boolean[] numeric;
    private final boolean[] nonEmpty;

    private SubmissionFormat(
            String idColumn, List<String> columns, IdIndex ids, boolean[] numeric, boolean[] nonEmpty) {
        this.idColumn = idColumn;
        this.columns = List.copyOf(columns);
        this.ids = ids;
        this.numeric = numeric;
        this.nonEmpty = nonEmpty;
    }

    /** Reads the sample submission that defines the header and the id set. */
    public static SubmissionFormat fromSample(Path sampleSubmission) {
        try (InputStream in = Files.newInputStream(sampleSubmission);
                CsvRecords records = CsvRecords.open(in)) {
            return parse(records, sampleSubmission.toString());
        } catch (NoSuchFileException e) {
            throw new ScoringException("cannot read sample submission " + sampleSubmission + ": no such file");
        } catch (IOException e) {
            throw new ScoringException("cannot read sample submission " + sampleSubmission + ": " + e.getMessage(), e);
        } catch (CsvException e) {
            throw new ScoringException("sample submission " + sampleSubmission + ": " + e.getMessage(), e);
        }
    }

    private static SubmissionFormat parse(CsvRecords records, String name) {
        if (!records.next()) {
            throw new ScoringException("sample submission " + name + " is empty");
        }
        int width = records.fieldCount();
        if (width < 2) {
            throw new ScoringException(
                    "sample submission " + name + " needs an id column and at least one target column");
        }
        List<String> header = new ArrayList<>();
        for (int f = 0; f < width; f++) {
            if (header.contains(records.field(f))) {
                throw new ScoringException(
                        "sample submission " + name + ": column '" + records.field(f) + "' appears twice");
            }
            header.add(records.field(f));
        }
        boolean[] numeric = new boolean[width - 1];
        boolean[] nonEmpty = new boolean[width - 1];
        java.util.Arrays.fill(numeric, true);
        java.util.Arrays.fill(nonEmpty, true);
        NumberParser parser = new NumberParser();
        CharColumn ids = new CharColumn();
        while (records.next()) {
            if (records.fieldCount() != width) {
                throw new ScoringException("sample submission " + name + " line " + records.line() + ": found "
                        + records.fieldCount() + " fields, expected " + width);
            }
            char[] chars = records.chars();
            ids.append(chars, records.start(0), records.length(0));
            for (int f = 1; f < width; f++) {
                int len = records.length(f);
                nonEmpty[f - 1] &= len > 0;
                numeric[f - 1] &= parser.parse(chars, records.start(f), len) && Double.isFinite(parser.value());
            }
        }
        if (ids.size() == 0) {
            throw new ScoringException("sample submission " + name + " has a header but no rows");
        }
        IdIndex index = IdIndex.of(ids);
        if (index.duplicateRow() >= 0) {
            throw new ScoringException(
                    "sample submission " + name + ": duplicate id '" + ids.get(index.duplicateRow()) + "'");
        }
        return new SubmissionFormat(header.get(0), header.subList(1, width), index, numeric, nonEmpty);
    }

    public String idColumn() {
        return idColumn;
    }

    /** The value columns after the id column, in the sample's order. */
    public List<String> columns() {
        return columns;
    }

    /** The number of ids (rows) a submission must have. */
    public int size() {
        return ids.size();
    }

    /** Every problem with the file's header, ids and values (empty when it would be accepted for scoring). */
    public List<Problem> validate(Path submission) {
        try (InputStream in = Files.newInputStream(submission)) {
            return validate(in);
        } catch (NoSuchFileException e) {
            throw new ScoringException("cannot read submission " + submission + ": no such file");
        } catch (IOException e) {
            throw new ScoringException("cannot read submission " + submission + ": " + e.getMessage(), e);
        }
    }

    /**
     * Validates a submission read from a stream (the caller closes it): the header, the ids, numbers in the
     * columns where the sample has numbers, and values in the columns where the sample has no empty value.
     */
    public List<Problem> validate(InputStream submission) {
        ColumnSink[] sinks = new ColumnSink[columns.size()];
        for (int c = 0; c < sinks.length; c++) {
            sinks[c] = numeric[c]
                    ? ColumnSinks.numbers(columns.get(c), null, ValueRange.ANY)
                    : nonEmpty[c] ? ColumnSinks.nonEmpty(columns.get(c)) : ColumnSink.IGNORE;
        }
        // the sample's own row order is public: missing ids are named in it
        return new SubmissionReader(
                        idColumn,
                        columns,
                        ids,
                        () -> IntStream.range(0, ids.size()).toArray(),
                        sinks)
                .read(submission)
                .problems()
                .toList();
    }
}
