package pseudolab.server.participant;

import java.time.Clock;
import java.util.regex.Pattern;
import pseudolab.server.ServerException;
import pseudolab.server.TextLimits;
import pseudolab.server.auth.Caller;
import pseudolab.server.auth.Tokens;
import pseudolab.server.db.Database;

/** Registers participants and hands out their tokens. */
public final class ParticipantService {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");

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

    /** Registers {@code name}: 403 when registration is closed to non-admins, 409 when the name is taken. */
    public Registration register(String name, Caller caller) {
        if (closedRegistration && !caller.admin()) {
            throw new ServerException(403, "registration is closed; ask the host to register you");
        }
        String trimmed = TextLimits.check("name", name == null ? "" : name.strip(), TextLimits.PARTICIPANT_NAME);
        if (!NAME.matcher(trimmed).matches()) {
            throw new ServerException(400, "name '" + trimmed + "' must be 1-64 letters, digits, spaces, '.', '_' or '-'"
                    + " and start with a letter or digit");
        }
        String token = tokens.generate();
        return db.write(h -> {
            ParticipantDao dao = h.attach(ParticipantDao.class);
            if (dao.findByName(trimmed).isPresent()) {
                throw new ServerException(409, "name '" + trimmed + "' is taken");
            }
            dao.insert(trimmed, Tokens.hash(token), clock.millis());
            return new Registration(trimmed, token);
        });
    }
}
