package pseudolab.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny competition: 16 animals, ids 1-8 Public, 9-15 Private, 16 Ignored, scored by accuracy. The labels
 * (zebra, yak, okapi) appear only in the solution, so a response that contains one has leaked it.
 */
public final class Zoo {
    public static final List<String> LABELS = List.of("zebra", "yak", "okapi");
    public static final int PUBLIC_ROWS = 8;
    public static final int PRIVATE_ROWS = 7;
    private static final int ROWS = 16;

    private Zoo() {}

    static String truth(int id) {
        return LABELS.get((id * 7) % 3);
    }

    private static String usage(int id) {
        return id <= PUBLIC_ROWS ? "Public" : id <= PUBLIC_ROWS + PRIVATE_ROWS ? "Private" : "Ignored";
    }

    public static String solution() {
        StringBuilder csv = new StringBuilder("id,animal,Usage\n");
        for (int id = 1; id <= ROWS; id++) {
            csv.append(id)
                    .append(',')
                    .append(truth(id))
                    .append(',')
                    .append(usage(id))
                    .append('\n');
        }
        return csv.toString();
    }

    public static String sampleSubmission() {
        StringBuilder csv = new StringBuilder("id,animal\n");
        for (int id = 1; id <= ROWS; id++) {
            csv.append(id).append(",unknown\n");
        }
        return csv.toString();
    }

    public static String train() {
        return "id,weight\n101,3.5\n102,4.0\n";
    }

    /** A submission right on the first {@code publicCorrect} public and {@code privateCorrect} private rows. */
    public static String submission(int publicCorrect, int privateCorrect) {
        StringBuilder csv = new StringBuilder("id,animal\n");
        for (int id = 1; id <= ROWS; id++) {
            boolean right = id <= PUBLIC_ROWS
                    ? id <= publicCorrect
                    : id <= PUBLIC_ROWS + PRIVATE_ROWS && id - PUBLIC_ROWS <= privateCorrect;
            String label = right ? truth(id) : LABELS.get((LABELS.indexOf(truth(id)) + 1) % 3);
            csv.append(id).append(',').append(label).append('\n');
        }
        return csv.toString();
    }

    public static double publicScore(int publicCorrect) {
        return (double) publicCorrect / PUBLIC_ROWS;
    }

    public static double privateScore(int privateCorrect) {
        return (double) privateCorrect / PRIVATE_ROWS;
    }

    public static String definition(String slug, Instant deadline, int dailyLimit, int finalSelections) {
        return "{\"slug\": \"" + slug + "\", \"title\": \"Zoo " + slug + "\", \"description\": \"Name the animal.\","
                + " \"metric\": \"accuracy\", \"metricParams\": {},"
                + " \"deadline\": " + (deadline == null ? "null" : "\"" + deadline + "\"") + ","
                + " \"dailyLimit\": " + dailyLimit + ", \"finalSelections\": " + finalSelections + "}";
    }

    /** Every distinct private score a {@link #submission} can have, as text, for leak checks. */
    public static List<String> privateScoreTexts() {
        List<String> texts = new ArrayList<>();
        for (int k = 1; k < PRIVATE_ROWS; k++) {
            String full = Double.toString(privateScore(k));
            texts.add(full.substring(0, Math.min(full.length(), 7)));
        }
        return texts;
    }
}
