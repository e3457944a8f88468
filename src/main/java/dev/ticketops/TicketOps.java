package dev.ticketops;

import dev.ticketops.app.BillingDefaults;
import dev.ticketops.app.Context;
import dev.ticketops.chat.Conversation;
import dev.ticketops.config.Config;
import dev.ticketops.store.Database;
import dev.ticketops.store.EmbeddedMariaDb;
import dev.ticketops.web.WebServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: builds every part with {@code new}, in order, and stops them in reverse. */
public final class TicketOps implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TicketOps.class);

    private final EmbeddedMariaDb embedded;
    private final Database database;
    private final Conversation conversation;
    private final Context context;
    private final WebServer web;

    private TicketOps(EmbeddedMariaDb embedded, Database database, Context context, Conversation conversation, WebServer web) {
        this.embedded = embedded;
        this.database = database;
        this.context = context;
        this.conversation = conversation;
        this.web = web;
    }

    public static TicketOps start(Config config, Clock clock) {
        EmbeddedMariaDb embedded = null;
        Database database = null;
        try {
            String url;
            String user;
            String password;
            String dbLabel;
            if (config.dbUrl().isPresent()) {
                url = config.dbUrl().get();
                user = config.dbUser();
                password = config.dbPassword();
                dbLabel = "MariaDB at " + url;
            } else {
                embedded = EmbeddedMariaDb.start(config.dataDir());
                url = embedded.jdbcUrl();
                user = "root";
                password = "";
                dbLabel = "embedded MariaDB (data in " + config.dataDir() + ")";
            }
            database = Database.open(url, user, password, config.dbPoolSize());
            Context context = new Context(database.stores(), clock,
                    new BillingDefaults(config.hourlyRate(), config.paymentTermDays()));
            Conversation conversation = new Conversation(context);
            Database db = database;
            WebServer web = new WebServer("0.0.0.0", config.port(), db::isUp, new ArrayList<>(List.of())).start();
            LOG.info("TicketOps listening on http://0.0.0.0:{} — database: {}", web.port(), dbLabel);
            return new TicketOps(embedded, database, context, conversation, web);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    public int port() {
        return web.port();
    }

    public Conversation conversation() {
        return conversation;
    }

    public Database database() {
        return database;
    }

    public Context context() {
        return context;
    }

    @Override
    public void close() {
        LOG.info("TicketOps stopping");
        web.close();
        database.close();
        if (embedded != null) {
            embedded.close();
        }
        LOG.info("TicketOps stopped");
    }
}
