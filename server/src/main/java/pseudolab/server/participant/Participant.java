package pseudolab.server.participant;

/** A registered participant (the token itself is never stored, only its hash). */
public record Participant(long id, String name, long createdAt) {}
