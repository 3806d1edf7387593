package pseudolab.server.leaderboard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import pseudolab.server.competition.ChangeListener;

/**
 * Computed boards per competition, each kept with the competition's board version it was computed at. A board
 * is answered only while the version read from the database is still the same (another instance's change bumps
 * it), and is dropped on every write in this process. A drop waits for a computation of the same competition in
 * progress, so a board computed before a write can never outlive it.
 */
public final class LeaderboardCache implements ChangeListener {
    private final Map<String, Held> snapshots = new ConcurrentHashMap<>();

    /** A snapshot and the board version it was computed at (or after). */
    private record Held(long version, Snapshot snapshot) {}

    Snapshot get(String slug, long version, Supplier<Snapshot> compute) {
        Held held = snapshots.get(slug);
        if (held != null && held.version() == version) {
            return held.snapshot();
        }
        return snapshots
                .compute(
                        slug,
                        (s, old) -> old != null && old.version() == version ? old : new Held(version, compute.get()))
                .snapshot();
    }

    @Override
    public void changed(String slug) {
        snapshots.remove(slug);
    }
}
