package pseudolab.server.competition;

/** Told after a competition's stored data changed, so that caches drop what they hold for it. */
public interface ChangeListener {
    void changed(String slug);
}
