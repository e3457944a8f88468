package dev.ticketops;

import dev.ticketops.chat.DeliveryException;
import dev.ticketops.config.Config;
import dev.ticketops.config.ConfigException;
import dev.ticketops.discord.DiscordRegistration;
import dev.ticketops.discord.DiscordRest;
import dev.ticketops.outbound.Resilience;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** The jar's one-shot commands: {@code java -jar target/ticketops.jar <command>}. */
public final class Commands {
    private Commands() {
    }

    public static int run(String[] args, Map<String, String> env) {
        return run(args, env, System.out, System.err);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            return switch (args[0]) {
                case "discord-register" -> discordRegister(Config.fromEnvChecked(env), out, err);
                case "export" -> export(args, Config.fromEnvChecked(env), out, err);
                case "help", "--help", "-h" -> {
                    out.println(usage());
                    yield 0;
                }
                default -> {
                    err.println("Unknown command " + args[0] + ".\n" + usage());
                    yield 2;
                }
            };
        } catch (ConfigException e) {
            err.println("TicketOps cannot run " + args[0] + ": " + e.getMessage());
            return 2;
        }
    }

    private static String usage() {
        return """
                Usage: java -jar target/ticketops.jar [command]
                  (none) | serve       run the server
                  discord-register     install bot-manifests/discord-commands.json (globally, or in DISCORD_GUILD_ID)
                  export invoices|time --from 2026-11-01 --to 2026-11-30 [--out file.csv]
                                       CSV for the accountant (invoice columns import into Zoho Invoice)""";
    }

    static int export(String[] args, Config c, PrintStream out, PrintStream err) {
        if (args.length < 2 || !(args[1].equals("invoices") || args[1].equals("time"))) {
            err.println("Say what to export: export invoices|time --from YYYY-MM-DD --to YYYY-MM-DD [--out file.csv]");
            return 2;
        }
        java.util.Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        java.time.LocalDate from;
        java.time.LocalDate to;
        try {
            to = opts.containsKey("--to") ? java.time.LocalDate.parse(opts.get("--to")) : java.time.LocalDate.now(c.zone());
            from = opts.containsKey("--from") ? java.time.LocalDate.parse(opts.get("--from")) : to.withDayOfMonth(1);
        } catch (java.time.format.DateTimeParseException e) {
            err.println("--from and --to are dates like 2026-11-01.");
            return 2;
        }
        dev.ticketops.store.EmbeddedMariaDb embedded = null;
        try {
            String url;
            String user = c.dbUser();
            String password = c.dbPassword();
            if (c.dbUrl().isPresent()) {
                url = c.dbUrl().get();
            } else {
                embedded = dev.ticketops.store.EmbeddedMariaDb.start(c.dataDir());
                url = embedded.jdbcUrl();
                user = embedded.user();
                password = embedded.password();
            }
            try (var db = dev.ticketops.store.Database.open(url, user, password, 2)) {
                var ctx = new dev.ticketops.app.Context(db.stores(), java.time.Clock.systemUTC(),
                        new dev.ticketops.app.BillingDefaults(c.hourlyRate(), c.paymentTermDays(), c.zone(), c.reminderEveryDays(), c.publicUrl()));
                var data = new dev.ticketops.app.ExportData(ctx);
                String csv = args[1].equals("time") ? dev.ticketops.web.Csv.time(data, from, to) : dev.ticketops.web.Csv.invoices(data, from, to);
                if (opts.containsKey("--out")) {
                    java.nio.file.Files.writeString(Path.of(opts.get("--out")), csv, java.nio.charset.StandardCharsets.UTF_8);
                    out.println("Wrote " + (csv.split("\r\n").length - 1) + " rows to " + opts.get("--out"));
                } else {
                    out.print(csv);
                }
                return 0;
            }
        } catch (IOException e) {
            err.println("Cannot write the export: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Cannot read the database: " + Main.rootMessage(e)
                    + (c.dbUrl().isEmpty() ? " (is the server running on the same DATA_DIR? stop it, or export over HTTP)" : ""));
            return 1;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    static int discordRegister(Config c, PrintStream out, PrintStream err) {
        if (c.discordApplicationId().isEmpty() || c.discordBotToken().isEmpty()) {
            err.println("discord-register needs DISCORD_APPLICATION_ID and DISCORD_BOT_TOKEN (from the Discord developer portal).");
            return 2;
        }
        try {
            var rest = new DiscordRest(c.discordApiUrl(), c.discordBotToken(), new Resilience("discord", Resilience.Settings.defaults()));
            var report = new DiscordRegistration(rest).register(c.discordApplicationId().get(), c.discordGuildId(),
                    DiscordRegistration.definitions(Path.of("")));
            out.print(report.describe());
            return 0;
        } catch (DeliveryException e) {
            err.println("Discord refused the registration: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Cannot read the command definitions: " + e.getMessage());
            return 1;
        }
    }
}
