package pseudolab.server.auth;

import java.util.Optional;
import pseudolab.server.participant.Participant;

/** Who sent a request: the host (admin), a participant, or nobody known. */
public record Caller(boolean admin, Optional<Participant> participant) {
    public Caller {
        if (admin && participant.isPresent()) {
            throw new IllegalArgumentException("a caller is either the admin or a participant");
        }
    }

    /** A request without a (valid) token. */
    public static Caller anonymous() {
        return new Caller(false, Optional.empty());
    }
}
