/** The competition server: competitions, participants, submissions and leaderboards over HTTP. */
package pseudolab.server;
