package pseudolab.scoring.competition;

import pseudolab.scoring.ScoringException;

/** A {@code competition.json} that cannot be read or breaks a rule; the message names the key and the value. */
public class InvalidDefinitionException extends ScoringException {
    public InvalidDefinitionException(String message) {
        super(message);
    }

    /** A mistake in the definition, prefixed with {@code competition.json: }. */
    static InvalidDefinitionException of(String message) {
        return new InvalidDefinitionException(CompetitionDefinition.FILE_NAME + ": " + message);
    }
}
