package dev.ticketops.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Without DB_URL the server runs an embedded MariaDB whose data survives a restart. */
class EmbeddedMariaDbTest {

    @Test
    void theDataSurvivesARestart() throws Exception {
        Path dir = Path.of("target", "embedded-restart-" + System.nanoTime()).toAbsolutePath();
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(dir); Database db = Database.open(first.jdbcUrl(), first.user(), first.password(), 2)) {
            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("INSERT INTO clients (name, kind, created_at) VALUES ('Survivor Ltd', 'INDIVIDUAL', NOW())");
                c.commit();
            }
        }
        assertThat(Files.isDirectory(dir.resolve("mariadb").resolve("ticketops"))).isTrue();
        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(dir);
             var c = DriverManager.getConnection(second.jdbcUrl(), second.user(), second.password());
             var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM clients")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Survivor Ltd");
        }
    }
}
