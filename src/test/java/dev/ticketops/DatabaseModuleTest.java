package dev.ticketops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.config.Config;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One database bootstrap: without DB_URL the server and the export command find the same embedded database. */
class DatabaseModuleTest {

    @Test
    void withoutDbUrl_theExportCommandOpensTheEmbeddedDatabaseTheServerWrote() throws Exception {
        Path dataDir = Path.of("target", "database-module-" + System.nanoTime()).toAbsolutePath();
        Map<String, String> env = Map.of("DATA_DIR", dataDir.toString(), "PORT", "0");
        Config config = Config.fromEnvChecked(env);

        try (TicketOps server = TicketOps.start(config, Clock.systemUTC());
             var c = server.database().dataSource().getConnection();
             var s = c.createStatement()) {
            s.execute("INSERT INTO clients (name, kind, created_at) VALUES ('Embedded Ltd', 'INDIVIDUAL', NOW())");
            c.commit();
        }

        try (DatabaseModule db = DatabaseModule.open(config, 2);
             var c = db.database().dataSource().getConnection();
             var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM clients")) {
            assertThat(db.label()).isEqualTo("embedded MariaDB (data in " + dataDir + ")");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Embedded Ltd");
        }
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Commands.run(new String[] {"export", "invoices"}, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFInvoice Date,Invoice Number,");
    }
}
