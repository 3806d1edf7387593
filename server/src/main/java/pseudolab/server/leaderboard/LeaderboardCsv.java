package pseudolab.server.leaderboard;

/** Renders a leaderboard as RFC 4180 CSV with the same columns as the JSON rows. */
final class LeaderboardCsv {
    private LeaderboardCsv() {}

    static String render(Leaderboard board) {
        StringBuilder out = new StringBuilder("rank,participant,score,submissions,lastSubmittedAt,baseline\r\n");
        for (LeaderboardRow r : board.rows()) {
            out.append(r.rank())
                    .append(',')
                    .append(quote(r.participant()))
                    .append(',')
                    .append(r.score())
                    .append(',')
                    .append(r.submissions())
                    .append(',')
                    .append(r.lastSubmittedAt())
                    .append(',')
                    .append(r.baseline())
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
