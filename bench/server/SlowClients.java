// Slow-body benchmark (issue 11): p99 of a normal GET while N clients trickle request bodies (JDK only).
//   java SlowClients.java PORT SLOW_CLIENTS SECONDS
// Phase 1 (reference): GET /api/competitions (a new connection each) for SECONDS from 127.0.0.1, no slow clients.
// Phase 2: SLOW_CLIENTS connections from 127.0.0.2 each POST /api/participants with Content-Length: 200 and then
// send one byte a second (reconnecting when the server drops them), while the same GETs run for SECONDS.
// A GET that takes longer than 10 s counts as 10,000 ms and as a timeout.
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class SlowClients {
    static final byte[] HEAD = ("POST /api/participants HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: 200\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int slow = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        measure(port, 2); // warm-up
        report("no slow clients (reference)", measure(port, seconds));

        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            sockets.add(open(port));
        }
        Thread trickle = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                for (int i = 0; i < sockets.size(); i++) {
                    try {
                        sockets.get(i).getOutputStream().write(' ');
                    } catch (IOException dropped) {
                        try {
                            sockets.get(i).close();
                            sockets.set(i, open(port));
                        } catch (IOException e) {
                            // the server refused a new connection; try again next second
                        }
                    }
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        trickle.setDaemon(true);
        trickle.start();
        Thread.sleep(2000);
        report(slow + " slow clients", measure(port, seconds));
        trickle.interrupt();
        for (Socket s : sockets) {
            s.close();
        }
    }

    static Socket open(int port) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        s.getOutputStream().write(HEAD);
        return s;
    }

    /** GETs on a new connection each (as curl or a browser's first request would), for {@code seconds}. */
    static List<Double> measure(int port, int seconds) {
        List<Double> millis = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                s.setSoTimeout(10_000);
                s.getOutputStream().write(("GET /api/competitions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                boolean ok = answer.startsWith("HTTP/1.1 200");
                millis.add(ok ? (System.nanoTime() - start) / 1e6 : 10_000.0);
            } catch (IOException e) {
                millis.add(10_000.0);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                break;
            }
        }
        return millis;
    }

    static void report(String label, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long timeouts = sorted.stream().filter(m -> m >= 10_000.0).count();
        System.out.printf("%-28s GETs %5d  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  timeouts %d%n", label,
                sorted.size(), pct(sorted, 0.50), pct(sorted, 0.99), sorted.get(sorted.size() - 1), timeouts);
    }

    static double pct(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
