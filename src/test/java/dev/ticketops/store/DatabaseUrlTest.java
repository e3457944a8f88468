package dev.ticketops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.config.Config;
import dev.ticketops.support.TestDatabases;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What DB_URL problems look like at start-up: a missing database is created, a refusal is one line naming DB_URL. */
class DatabaseUrlTest {

    @Test
    void aDatabaseThatDoesNotExist_isCreated_andMigrated() {
        var target = TestDatabases.newDatabase();
        TestDatabases.drop(target);
        try (Database db = Database.start(target.url(), target.user(), target.password(), 2,
                "DB_URL=" + Config.masked(target.url()), Duration.ofSeconds(5))) {
            assertThat(db.isUp()).isTrue();
            assertThat(db.isMigrated()).isTrue();
        } finally {
            TestDatabases.drop(target);
        }
    }

    @Test
    void wrongCredentials_failInOneLineNamingDbUrl_withoutThePassword() {
        var target = TestDatabases.newDatabase();
        String url = target.url() + (target.url().contains("?") ? "&" : "?") + "password=S3cretInUrl";
        try {
            assertThatThrownBy(() -> Database.start(url, "no_such_user_x", "wrong", 2, "DB_URL=" + Config.masked(url),
                    Duration.ofSeconds(5)))
                    .hasMessageStartingWith("DB_URL=" + Config.masked(url) + " refuses TicketOps: ")
                    .hasMessageContaining("Access denied")
                    .hasMessageContaining("check DB_USER and DB_PASSWORD")
                    .hasMessageNotContaining("S3cretInUrl")
                    .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
        } finally {
            TestDatabases.drop(target);
        }
    }
}
