package pseudolab.server.app;

/**
 * Points where a test can pause or stop the server at a racy moment (a latch, or a halt to simulate a crash);
 * {@link #NONE} in production.
 *
 * @param afterScoring runs after a submission is scored and before it is stored
 * @param afterFilesPublished runs after a new competition's files are in place and before its row is stored
 * @param whileStoring runs inside a submission's storing transaction, after the competition's row is locked
 *                     and before the submission's row is inserted
 */
public record Pauses(Runnable afterScoring, Runnable afterFilesPublished, Runnable whileStoring) {
    /** No pauses. */
    public static final Pauses NONE = new Pauses(() -> {}, () -> {}, () -> {});

    public Pauses withAfterScoring(Runnable hook) {
        return new Pauses(hook, afterFilesPublished, whileStoring);
    }

    public Pauses withAfterFilesPublished(Runnable hook) {
        return new Pauses(afterScoring, hook, whileStoring);
    }

    public Pauses withWhileStoring(Runnable hook) {
        return new Pauses(afterScoring, afterFilesPublished, hook);
    }
}
