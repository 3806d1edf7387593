package pseudolab.server.participant;

/** The answer to a registration: the name and the bearer token, shown this once. */
public record Registration(String name, String token) {}
