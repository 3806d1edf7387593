package pseudolab.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server in its own JVM (this test classpath), started with a main class and waited for until it is ready. */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("serving on http://localhost:(\\d+)/");

    private final Process process;
    private final String origin;
    private final List<String> lines;

    private ServerProcess(Process process, String origin, List<String> lines) {
        this.process = process;
        this.origin = origin;
        this.lines = lines;
    }

    /** Starts {@code mainClass} with {@code args} and returns once it prints its ready line. */
    public static ServerProcess start(Class<?> mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> port = new CompletableFuture<>();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread drain = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        port.complete(m.group(1));
                    }
                }
                port.completeExceptionally(new IllegalStateException("server exited before it was ready"));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new ServerProcess(process, "http://localhost:" + port.get(60, TimeUnit.SECONDS), lines);
    }

    public String origin() {
        return origin;
    }

    /** Waits until the server has printed a line containing {@code text} (e.g. that it reached a pause). */
    public void awaitOutput(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (lines.stream().noneMatch(line -> line.contains(text))) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("the server did not print '" + text + "'; it printed " + lines);
            }
            Thread.sleep(20);
        }
    }

    /** Kills the server like {@code kill -9} (SIGKILL: no shutdown hook, no clean close of its connections). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not die");
        }
    }

    /** Waits for the process to end by itself (a halt) and returns its exit code. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not stop");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
