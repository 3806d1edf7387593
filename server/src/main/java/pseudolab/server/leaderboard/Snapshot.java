package pseudolab.server.leaderboard;

/** Everything the leaderboard endpoints answer for one competition at one moment. */
record Snapshot(boolean closed, Leaderboard publicBoard, Leaderboard privateBoard, Shakeup shakeup,
                Comparison comparison, String publicCsv, String privateCsv) {
}
