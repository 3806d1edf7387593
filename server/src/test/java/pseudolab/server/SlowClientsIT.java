package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.server.app.ServerApp;

/**
 * 300 connections from one address that announce a 200-byte body and send it a byte a second (more than the
 * server's 250 request threads) do not stall a normal GET from another address.
 */
class SlowClientsIT {
    private static final int SLOW_CLIENTS = 300;

    @TempDir
    Path home;

    @Test
    void aNormalGetStaysFastWhileSlowBodiesTrickleIn() {
        TestServer.run(ServerApp.create(TestServer.config(home, new MutableClock(TestServer.START))), api -> {
            URI origin = URI.create(api.origin());
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            HttpRequest get = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + origin.getPort() + "/api/competitions"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200); // warm-up
            List<Socket> slow = new ArrayList<>();
            try {
                InetAddress attacker = InetAddress.getByName("127.0.0.2");
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    Socket s = new Socket();
                    s.bind(new InetSocketAddress(attacker, 0));
                    s.connect(new InetSocketAddress("127.0.0.1", origin.getPort()), 5_000);
                    s.getOutputStream()
                            .write(("POST /api/participants HTTP/1.1\r\nHost: localhost\r\n"
                                            + "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{")
                                    .getBytes(StandardCharsets.US_ASCII));
                    slow.add(s);
                }
                List<Long> millis = new ArrayList<>();
                for (int second = 0; second < 6; second++) {
                    trickle(slow);
                    for (int i = 0; i < 5; i++) {
                        long start = System.nanoTime();
                        HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
                        assertThat(r.statusCode()).isEqualTo(200);
                        millis.add((System.nanoTime() - start) / 1_000_000);
                    }
                    Thread.sleep(1000);
                }
                assertThat(millis).allSatisfy(ms -> assertThat(ms).isLessThan(2_000));
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        });
    }

    /** One more byte of each slow body. */
    private static void trickle(List<Socket> slow) {
        for (Socket s : slow) {
            try {
                OutputStream out = s.getOutputStream();
                out.write(' ');
                out.flush();
            } catch (IOException closedByServer) {
                // a refused slow client is fine
            }
        }
    }
}
