package dev.ticketops;

import dev.ticketops.config.Config;
import dev.ticketops.config.ConfigException;
import java.time.Clock;

/** Starts TicketOps from environment variables; see README.md. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].equals("serve")) {
            System.exit(Commands.run(args, System.getenv()));
            return;
        }
        Config config;
        try {
            config = Config.fromEnvChecked(System.getenv());
        } catch (ConfigException e) {
            System.err.println("TicketOps cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        TicketOps app;
        try {
            app = TicketOps.start(config, Clock.systemUTC());
        } catch (RuntimeException e) {
            System.err.println("TicketOps cannot start: " + rootMessage(e));
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("start-up failure", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "ticketops-shutdown"));
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        String msg = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                msg = msg + " (" + t.getMessage() + ")";
                break;
            }
        }
        return msg == null ? e.toString() : msg;
    }
}
