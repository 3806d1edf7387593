package pseudolab.server.participant;

import java.time.Clock;
import pseudolab.server.ServerException;
import pseudolab.server.auth.Caller;
import pseudolab.server.auth.Tokens;
import pseudolab.server.db.Database;

/** Registers participants and hands out their tokens. */
public final class ParticipantService {
    private final Database db;
    private final Tokens tokens;
    private final Clock clock;
    private final boolean closedRegistration;

    public ParticipantService(Database db, Tokens tokens, Clock clock, boolean closedRegistration) {
        this.db = db;
        this.tokens = tokens;
        this.clock = clock;
        this.closedRegistration = closedRegistration;
    }

    /** Registers {@code name}: 403 when registration is closed to non-admins, 409 when the name or a look-alike is taken. */
    public Registration register(String typed, Caller caller) {
        if (closedRegistration && !caller.admin()) {
            throw new ServerException(403, "registration is closed; ask the host to register you");
        }
        ParticipantName name = ParticipantName.of(typed);
        String token = tokens.generate();
        return db.write(h -> {
            ParticipantDao dao = h.attach(ParticipantDao.class);
            dao.lockRegistrations();
            dao.findByKey(name.key()).ifPresent(taken -> {
                throw new ServerException(
                        409,
                        taken.name().equals(name.display())
                                ? "name '" + taken.name() + "' is taken"
                                : "name '" + name.display() + "' looks like '" + taken.name() + "', which is taken");
            });
            dao.insert(name.display(), name.key(), Tokens.hash(token), clock.millis());
            return new Registration(name.display(), token);
        });
    }
}
