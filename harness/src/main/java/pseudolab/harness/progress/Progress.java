package pseudolab.harness.progress;

/** Reports progress of named tasks (epochs of a fold in a round); implementations draw bars or stay quiet. */
public interface Progress {
    /** Starts a task of {@code steps} steps; close it when done. */
    Task start(String name, long steps);

    /** One task in progress. */
    interface Task extends AutoCloseable {
        void step();

        @Override
        void close();
    }

    /** Bars when a console is attached ({@code System.console() != null}), otherwise quiet. */
    static Progress automatic() {
        return System.console() != null ? new ConsoleProgress() : quiet();
    }

    /** Reports nothing. */
    static Progress quiet() {
        return (name, steps) -> new Task() {
            @Override
            public void step() {}

            @Override
            public void close() {}
        };
    }
}
