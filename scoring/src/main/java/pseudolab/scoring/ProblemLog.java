package pseudolab.scoring;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one submission: the first {@link #CAP} in full, then only a count. */
final class ProblemLog {
    /** How many problems are reported one by one. */
    static final int CAP = 20;

    private static final int QUOTE_LIMIT = 40;

    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> summaries = new ArrayList<>();
    private long count;

    void add(long line, String column, String message) {
        count++;
        if (problems.size() < CAP) {
            problems.add(new Problem(line, column, message));
        }
    }

    /** A problem that sums up many (such as missing ids); always reported, after the others. */
    void addSummary(Problem problem) {
        summaries.add(problem);
    }

    boolean isEmpty() {
        return count == 0 && summaries.isEmpty();
    }

    List<Problem> toList() {
        List<Problem> all = new ArrayList<>(problems);
        if (count > problems.size()) {
            long more = count - problems.size();
            all.add(Problem.ofFile("... and " + more + " more problem" + (more == 1 ? "" : "s")));
        }
        all.addAll(summaries);
        return all;
    }

    /** A participant's value in quotes, shortened and with control characters escaped. */
    static String quote(char[] buf, int offset, int len) {
        StringBuilder sb = new StringBuilder(Math.min(len, QUOTE_LIMIT) + 8).append('\'');
        for (int i = offset; i < offset + Math.min(len, QUOTE_LIMIT); i++) {
            char c = buf[i];
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (len > QUOTE_LIMIT) {
            sb.append("...");
        }
        return sb.append('\'').toString();
    }

    static String quote(String s) {
        return quote(s.toCharArray(), 0, s.length());
    }
}
