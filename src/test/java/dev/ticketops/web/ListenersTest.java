package dev.ticketops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.config.Config;
import dev.ticketops.config.ConfigException;
import dev.ticketops.support.Http;
import dev.ticketops.support.RunningServer;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BIND_ADDRESS chooses the interface; METRICS_PORT moves /metrics off the public listener. */
class ListenersTest {

    @Test
    void withMetricsPort_metricsAreServedOnlyOnTheirOwnListener_andThePublicPortAnswers404() {
        try (RunningServer server = new RunningServer(Map.of("METRICS_PORT", "0"), Clock.systemUTC())) {
            int publicPort = server.app.port();
            int metricsPort = server.app.metricsPort();
            assertThat(metricsPort).isNotEqualTo(publicPort);

            assertThat(Http.get("http://127.0.0.1:" + publicPort + "/metrics").statusCode()).isEqualTo(404);
            assertThat(Http.get("http://127.0.0.1:" + publicPort + "/health").statusCode()).isEqualTo(200);
            var metrics = Http.get("http://127.0.0.1:" + metricsPort + "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("ticketops_outbox_backlog");
        }
    }

    @Test
    void withoutMetricsPort_metricsStayOnThePort() {
        try (RunningServer server = new RunningServer(Map.of(), Clock.systemUTC())) {
            assertThat(server.app.metricsPort()).isEqualTo(server.app.port());
            assertThat(Http.get(server.url("/metrics")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void bindAddress_decidesWhichInterfaceListens() throws Exception {
        try (RunningServer server = new RunningServer(Map.of("BIND_ADDRESS", "127.0.0.2"), Clock.systemUTC())) {
            int port = server.app.port();
            assertThat(Http.get("http://127.0.0.2:" + port + "/health").statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                }
            }).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aBindAddressThatIsNoAddress_stopsStartUpNamingTheVariable() {
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("BIND_ADDRESS", "not an address!")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("BIND_ADDRESS=not an address!");
        assertThat(Config.fromEnvChecked(Map.of()).bindAddress()).isEqualTo("0.0.0.0");
        assertThat(Config.fromEnvChecked(Map.of("PORT", "8080", "METRICS_PORT", "8080")).separateMetrics()).isFalse();
        assertThat(Config.fromEnvChecked(Map.of("PORT", "8080", "METRICS_PORT", "9090")).separateMetrics()).isTrue();
    }
}
