package dev.ticketops;

/** Starts TicketOps from environment variables, or runs one of the jar's commands; see README.md and {@link Commands}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String dbUrl = System.getenv("DB_URL");
        if (dbUrl == null || dbUrl.isBlank()) {
            String dataDir = System.getenv("DATA_DIR");
            dev.ticketops.store.EmbeddedMariaDb.keepDataOutOfTemporaryDirectory(
                    java.nio.file.Path.of(dataDir == null || dataDir.isBlank() ? "./data" : dataDir.strip()));
        }
        Commands commands = new Commands(System.getenv(), System.out, System.err);
        int code = commands.execute(args);
        if (code != 0 || commands.server().isEmpty()) {
            System.exit(code);
            return;
        }
        TicketOps app = commands.server().get();
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
