/** Leaderboards, the shake-up and the strategy comparison, computed from stored scores. */
package pseudolab.server.leaderboard;
