package pseudolab.server.competition;

/** A public file of a competition, by name and size. */
public record CompetitionFile(String name, long bytes) {}
