package pseudolab.scoring.bootstrap;

/**
 * The ranks a board entry could hold (1 = best): {@code rankLow} to {@code rankHigh}, the 95% range of its ranks over
 * the resamples widened to its tie group; entries that share {@code tieGroup} (numbered 1.. down the board) are
 * entries whose order the data cannot settle.
 */
public record RankRange(int rankLow, int rankHigh, int tieGroup) {}
