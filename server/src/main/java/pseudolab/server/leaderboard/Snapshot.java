package pseudolab.server.leaderboard;

/**
 * Everything the leaderboard endpoints answer for one competition at one moment, rendered once
 * (JSON and CSV bytes) so that reads do no work.
 */
record Snapshot(boolean closed, byte[] publicJson, byte[] privateJson, byte[] shakeupJson, byte[] comparisonJson,
                String publicCsv, String privateCsv) {
}
