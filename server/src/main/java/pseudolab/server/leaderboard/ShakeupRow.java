package pseudolab.server.leaderboard;

/**
 * A participant's move from the public to the private board: {@code change = publicRank - privateRank}
 * (positive moved up); {@code selectionRegret >= 0} is how much better their best unselected private score was.
 */
public record ShakeupRow(
        String participant,
        boolean baseline,
        Integer publicRank,
        int privateRank,
        Integer change,
        Double publicScore,
        double privateScore,
        Double bestUnselectedPrivate,
        double selectionRegret) {}
