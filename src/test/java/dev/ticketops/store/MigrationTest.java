package dev.ticketops.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.ticketops.support.TestDatabases;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void flywayMigratesAnEmptyDatabase_andASecondRunIsANoOp() throws Exception {
        var target = TestDatabases.newDatabase();
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(target.url());
            ds.setUsername(target.user());
            ds.setPassword(target.password());
            var first = Database.migrate(ds);
            assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(1);
            assertThat(first.success).isTrue();
            var second = Database.migrate(ds);
            assertThat(second.migrationsExecuted).isZero();

            List<String> notUtf8mb4 = new ArrayList<>();
            try (var c = ds.getConnection(); var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT table_name, table_collation FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    if (!rs.getString(2).startsWith("utf8mb4")) {
                        notUtf8mb4.add(rs.getString(1));
                    }
                }
            }
            assertThat(notUtf8mb4).isEmpty();

            try (var c = ds.getConnection(); var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
                         + " AND data_type IN ('float', 'double')")) {
                rs.next();
                assertThat(rs.getInt(1)).as("no floating-point columns").isZero();
            }
        } finally {
            TestDatabases.drop(target);
        }
    }
}
