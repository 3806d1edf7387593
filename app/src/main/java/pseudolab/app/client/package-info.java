/** The commands a participant types against a server: {@code submit}, {@code submissions} and {@code leaderboard}. */
package pseudolab.app.client;
