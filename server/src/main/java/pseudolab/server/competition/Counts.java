package pseudolab.server.competition;

/** How many scored submissions a competition has and from how many participants. */
public record Counts(long submissions, long participants) {}
