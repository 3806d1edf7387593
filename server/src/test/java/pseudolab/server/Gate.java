package pseudolab.server;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A pause for a server hook: once armed, the next thread to pass waits at the gate until the test opens it. */
public final class Gate implements Runnable {
    private final AtomicBoolean armed = new AtomicBoolean();
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch opened = new CountDownLatch(1);

    public void arm() {
        armed.set(true);
    }

    @Override
    public void run() {
        if (armed.compareAndSet(true, false)) {
            reached.countDown();
            try {
                if (!opened.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until a thread is held at the gate. */
    public void awaitReached() throws InterruptedException {
        if (!reached.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("nothing reached the gate");
        }
    }

    public void open() {
        opened.countDown();
    }
}
