package pseudolab.server.leaderboard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import pseudolab.server.competition.ChangeListener;

/**
 * Computed boards per competition, dropped on every write. A drop waits for a computation of the same
 * competition in progress, so a board computed before a write can never outlive it.
 */
public final class LeaderboardCache implements ChangeListener {
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    Snapshot get(String slug, Supplier<Snapshot> compute) {
        return snapshots.computeIfAbsent(slug, s -> compute.get());
    }

    @Override
    public void changed(String slug) {
        snapshots.remove(slug);
    }
}
