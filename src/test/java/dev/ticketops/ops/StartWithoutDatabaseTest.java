package dev.ticketops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.Http;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.TcpProxy;
import dev.ticketops.support.TestDatabases;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The database is not there when TicketOps starts: it starts anyway, says so, and connects when the database comes. */
class StartWithoutDatabaseTest {

    @Test
    void startsWithoutTheDatabase_answersTheOutage_andConnectsAndMigratesWhenItComes() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        var target = TestDatabases.newDatabase();
        try (TcpProxy proxy = DatabaseOutageTest.proxyTo(target); FakeHttp fake = new FakeHttp()) {
            proxy.cut();
            fake.respondWith(c -> FakeHttp.Answer.json(200, "{\"ok\":true,\"id\":\"1\"}"));
            var discord = new DiscordClient(null);
            long t0 = System.nanoTime();
            RunningServer server = new RunningServer(DatabaseOutageTest.viaProxy(target, proxy),
                    DatabaseOutageTest.env(fake, discord), Clock.systemUTC());
            try {
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
                var slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
                SlackClient.User alice = new SlackClient.User("U_ALICE", "alice");

                // the first request to a cold server pays for class loading and JIT: warm it, then time
                assertThat(Http.get(server.url("/health")).statusCode()).isEqualTo(503);
                assertThat(slack.slash(alice, "C_ALICE", "/ticket", "Printer jammed").body()).contains("nothing was changed");
                var health = DatabaseOutageTest.timed(() -> Http.get(server.url("/health")));
                assertThat(health.value().statusCode()).isEqualTo(503);
                assertThat(health.took()).isLessThan(Duration.ofSeconds(2));
                var open = DatabaseOutageTest.timed(() -> slack.slash(alice, "C_ALICE", "/ticket", "Printer jammed"));
                assertThat(open.took()).isLessThan(Duration.ofMillis(2500));
                assertThat(open.value().body()).contains("could not record this", "nothing was changed");

                // a few seconds of outage: one clear line, not one per poll
                Thread.sleep(6000);
                assertThat(logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN)
                        && e.getFormattedMessage().startsWith("Database: ")).map(ILoggingEvent::getFormattedMessage))
                        .singleElement().asString().contains("cannot reach DB_URL=jdbc:mariadb://127.0.0.1:" + proxy.port());
                assertThat(logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN)))
                        .as("warnings while the database is away").hasSizeLessThanOrEqualTo(3);

                proxy.start();
                long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (Http.get(server.url("/health")).statusCode() != 200) {
                    assertThat(System.nanoTime()).as("never connected").isLessThan(end);
                    Thread.sleep(200);
                }
                assertThat(slack.slash(alice, "C_ALICE", "/ticket", "Printer jammed").body()).contains("opened");
                try (var c = target.connect(); ResultSet r = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM scheduled_tasks")) {
                    r.next();
                    assertThat(r.getInt(1)).as("the jobs started once the database came").isPositive();
                }
                assertThat(logs.list.stream().map(ILoggingEvent::getFormattedMessage))
                        .anyMatch(m -> m.startsWith("Database: connected to DB_URL="));
            } finally {
                server.close();
            }
        } finally {
            root.detachAppender(logs);
            TestDatabases.drop(target);
        }
    }
}
