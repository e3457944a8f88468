package dev.ticketops.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.store.Database;
import dev.ticketops.support.Http;
import dev.ticketops.support.TcpProxy;
import dev.ticketops.support.TestDatabases;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthTest {

    private static int waitForStatus(String url, int expected, Duration max) throws InterruptedException {
        Instant deadline = Instant.now().plus(max);
        int status;
        do {
            status = Http.get(url).statusCode();
            if (status == expected) {
                return status;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        return status;
    }

    @Test
    void health_reportsTheDatabase_andRecoversByItselfWhenItComesBack() throws Exception {
        var target = TestDatabases.newDatabase();
        URI u = URI.create(target.url().substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(u.getHost(), u.getPort())) {
            String viaProxy = "jdbc:mariadb://127.0.0.1:" + proxy.port() + u.getPath() + (u.getQuery() == null ? "" : "?" + u.getQuery());
            try (Database db = Database.open(viaProxy, target.user(), target.password(), 4);
                 WebServer web = new WebServer("127.0.0.1", 0, db::isUp, List.of()).start()) {
                String url = "http://127.0.0.1:" + web.port() + "/health";
                var up = Http.get(url);
                assertThat(up.statusCode()).isEqualTo(200);
                assertThat(up.body()).isEqualTo("{\"status\":\"UP\",\"db\":\"UP\"}");

                proxy.cut();
                assertThat(waitForStatus(url, 503, Duration.ofSeconds(20))).isEqualTo(503);
                assertThat(Http.get(url).body()).contains("\"db\":\"DOWN\"");

                proxy.start();
                assertThat(waitForStatus(url, 200, Duration.ofSeconds(30))).isEqualTo(200);
            }
        } finally {
            TestDatabases.drop(target);
        }
    }
}
