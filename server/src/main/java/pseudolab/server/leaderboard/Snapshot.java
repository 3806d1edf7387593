package pseudolab.server.leaderboard;

/**
 * Everything the leaderboard endpoints answer for one competition at one moment, rendered once
 * (JSON and CSV bytes) so that reads do no work. In ladder mode the participants' public board is
 * {@code ladderJson}/{@code ladderCsv}; otherwise those are the public board again.
 */
record Snapshot(
        boolean closed,
        byte[] publicJson,
        byte[] privateJson,
        byte[] shakeupJson,
        byte[] comparisonJson,
        String publicCsv,
        String privateCsv,
        byte[] ladderJson,
        String ladderCsv) {}
