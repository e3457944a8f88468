package dev.ticketops.slack;

import static dev.ticketops.slack.SlackSocketFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.FakeSocketMode;
import dev.ticketops.support.Records;
import dev.ticketops.support.SlackClient.User;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode connections survive what Slack and networks do: a disconnect envelope, a dropped connection, a Slack
 * restart. Each is seen on /health and counted, and no command is lost or doubled.
 */
class SlackSocketReconnectTest {
    final User alice = new User("U_ALICE", "alice");

    SlackSocketFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new SlackSocketFixture(Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    String open(WebSocket on, String title) {
        var ack = f.deliver(on, FakeSocketMode.envelopeOf(f.slack.command(alice, "C_RECONNECT", "/ticket", title)));
        return SlackSocketFixture.text(ack);
    }

    long tickets(String title) {
        return new Records(f.server.db).count("SELECT COUNT(*) FROM tickets WHERE title = ?", title);
    }

    @Test
    void aDisconnectEnvelope_opensTheReplacementFirst_thenClosesTheOldConnection() {
        WebSocket old = f.socket.connections().get(0);
        double before = f.reconnects("refresh_requested");
        CountDownLatch gate = new CountDownLatch(1);
        f.openGate.set(gate);

        f.socket.disconnect(old, "refresh_requested");
        f.awaitHealth("RECONNECTING");
        // while the replacement is on its way, the old connection still serves
        assertThat(open(old, "Asked while refreshing")).contains("Ticket #", "opened");

        f.openGate.set(null);
        gate.countDown();
        f.awaitHealth("CONNECTED");
        assertThat(f.socket.await(() -> !f.socket.connections().contains(old) && f.socket.connections().size() == 2, WAIT))
                .as("the old connection closed by the app, two open").isTrue();
        assertThat(f.reconnects("refresh_requested")).isEqualTo(before + 1);
        assertThat(f.health()).contains("\"slack_connections\":\"2/2\"");

        for (WebSocket c : f.socket.connections()) {
            assertThat(open(c, "Asked after the refresh " + c.hashCode())).contains("Ticket #", "opened");
        }
        assertThat(tickets("Asked while refreshing")).isEqualTo(1);
    }

    @Test
    void aWarningDisconnect_isCountedByItsReason() {
        double before = f.reconnects("warning");
        int accepted = f.socket.connectionsAccepted();
        f.socket.disconnect(f.socket.connections().get(1), "warning");
        assertThat(f.socket.await(() -> f.socket.connectionsAccepted() == accepted + 1 && f.socket.connections().size() == 2,
                WAIT)).isTrue();
        f.awaitHealth("CONNECTED");
        assertThat(f.reconnects("warning")).isEqualTo(before + 1);
    }

    @Test
    void droppedConnections_areReplaced_andACommandAfterwardsActsOnce() {
        double before = f.reconnects("closed");
        int accepted = f.socket.connectionsAccepted();
        f.socket.dropAll();
        assertThat(f.socket.await(() -> f.socket.connectionsAccepted() >= accepted + 2 && f.socket.connections().size() == 2,
                WAIT)).as("both connections back").isTrue();
        f.awaitHealth("CONNECTED");
        assertThat(f.reconnects("closed")).isEqualTo(before + 2);

        var envelope = FakeSocketMode.envelopeOf(f.slack.command(alice, "C_RECONNECT", "/ticket", "After the drop"));
        assertThat(SlackSocketFixture.text(f.deliver(f.socket.connections().get(0), envelope))).contains("opened");
        // Slack had no ack for it on the old connection and delivers it again on the other one
        f.deliver(f.socket.connections().get(1), FakeSocketMode.redelivery(envelope, 1));
        assertThat(tickets("After the drop")).isEqualTo(1);
    }

    @Test
    void slackRestarting_showsReconnecting_thenConnectsAgain() throws Exception {
        f.socket.kill();
        f.awaitHealth("RECONNECTING");
        assertThat(f.health()).contains("\"status\":\"UP\"", "\"slack_connections\":\"0/2\"");
        f.socket.restart();
        assertThat(f.socket.awaitOpen(2, WAIT)).isTrue();
        f.awaitHealth("CONNECTED");
        assertThat(open(f.socket.connections().get(0), "After the restart")).contains("opened");
        assertThat(tickets("After the restart")).isEqualTo(1);
    }

    static long lockWaits(Connection db) {
        try (var q = db.prepareStatement("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'");
             var r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void stopping_acksTheEnvelopesUnderWay_thenClosesTheConnections_andDoesNotReconnect() throws Exception {
        int accepted = f.socket.connectionsAccepted();
        WebSocket conn = f.socket.connections().get(0);
        String underWay;
        String late = null;
        try (Connection db = f.server.db.connect()) {
            // a command whose handler waits for the database while the server is asked to stop
            db.setAutoCommit(false);
            try (var hold = db.prepareStatement("SELECT next_value FROM sequences WHERE name = 'ticket' FOR UPDATE")) {
                hold.executeQuery().close();
            }
            underWay = f.socket.send(conn, FakeSocketMode.envelopeOf(f.slack.command(alice, "C_STOP", "/ticket", "Under way")));
            // taken by a handler: waiting for the lock (or, on a slow machine, already answered after 2 s)
            assertThat(f.socket.await(() -> lockWaits(db) > 0 || !f.socket.acks(underWay).isEmpty(), WAIT)).isTrue();
            Thread stopping = new Thread(f.server::stop);
            stopping.start();
            assertThat(f.socket.await(() -> false, Duration.ofMillis(200))).isFalse(); // the stop has begun
            try {
                late = f.socket.send(conn, FakeSocketMode.envelopeOf(f.slack.command(alice, "C_STOP", "/ticket", "Too late")));
            } catch (WebsocketNotConnectedException e) {
                // already closed: nothing more could arrive
            }
            db.commit();
            stopping.join(WAIT.toMillis());
        }
        var ack = f.socket.acks(underWay);
        assertThat(ack).as("the envelope under way is acked before its connection closes").hasSize(1);
        if (late != null) {
            assertThat(f.socket.acks(late)).as("not acked: Slack delivers it again after the restart").isEmpty();
        }
        assertThat(tickets("Too late")).isZero();
        // opened (answered in the ack, or after a bare ack past 2.5 s) unless the answer says the database was too slow
        assertThat(tickets("Under way")).isEqualTo(SlackSocketFixture.text(ack.get(0)).contains("nothing was changed") ? 0 : 1);
        assertThat(f.socket.await(() -> f.socket.connections().isEmpty(), WAIT)).isTrue();
        assertThat(f.socket.await(() -> f.socket.connectionsAccepted() > accepted, Duration.ofMillis(500)))
                .as("no new connection after stopping").isFalse();
    }
}
