package dev.ticketops;

import dev.ticketops.app.BillingDefaults;
import dev.ticketops.app.UseCaseFactory;
import dev.ticketops.chat.DeliveryException;
import dev.ticketops.config.Config;
import dev.ticketops.config.ConfigException;
import dev.ticketops.discord.DiscordRegistration;
import dev.ticketops.domain.DateRange;
import dev.ticketops.domain.Result;
import dev.ticketops.discord.DiscordRest;
import dev.ticketops.outbound.Resilience;
import dev.ticketops.store.Database;
import dev.ticketops.store.EmbeddedMariaDb;
import dev.ticketops.web.Csv;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The jar's command line, {@code java -jar target/ticketops.jar [serve|export|discord-register|help]}, parsed by
 * picocli: an unknown option, a missing value or a stray argument is an error with the usage line and exit code 2.
 */
public final class Commands {
    static final int USAGE = CommandLine.ExitCode.USAGE;
    static final int FAILED = CommandLine.ExitCode.SOFTWARE;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private TicketOps server;

    Commands(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** Runs one command line; the exit code is 0 on success, 2 for a usage or configuration error, 1 for a failure. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return new Commands(env, out, err).execute(args);
    }

    int execute(String... args) {
        CommandLine cl = new CommandLine(new Root())
                .addSubcommand(new Serve())
                .addSubcommand(new Export())
                .addSubcommand(new DiscordRegister())
                .addSubcommand(new CommandLine.HelpCommand());
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((e, arguments) -> {
            CommandLine wrong = e.getCommandLine();
            err.println(e.getMessage());
            err.print("Usage: " + wrong.getHelp().synopsis(0));
            err.println("Run with --help for the options.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, wrong, parsed) -> {
            if (e instanceof ConfigException) {
                String name = wrong.getCommandName().equals(cl.getCommandName()) ? "serve" : wrong.getCommandName();
                err.println("TicketOps cannot " + (name.equals("serve") ? "start" : "run " + name) + ": " + e.getMessage());
                return USAGE;
            }
            throw e;
        });
        return cl.execute(args);
    }

    /** The server a {@code serve} command started: it keeps the JVM alive, a one-shot command does not. */
    Optional<TicketOps> server() {
        return Optional.ofNullable(server);
    }

    /** {@code -h}/{@code --help} on every command. */
    static final class HelpOption {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;
    }

    @Command(name = "java -jar target/ticketops.jar", description = "TicketOps: without a command it runs the server (as serve).",
            synopsisSubcommandLabel = "[serve | export | discord-register | help]")
    final class Root implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            return new Serve().call();
        }
    }

    @Command(name = "serve", description = "Run the server (configured by environment variables; see README).")
    final class Serve implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            Config config = Config.fromEnvChecked(env);
            try {
                server = TicketOps.start(config, Clock.systemUTC());
                return 0;
            } catch (RuntimeException e) {
                err.println("TicketOps cannot start: " + Main.rootMessage(e));
                org.slf4j.LoggerFactory.getLogger(Main.class).debug("start-up failure", e);
                return FAILED;
            }
        }
    }

    enum Kind { invoices, time }

    @Command(name = "export", description = "CSV for the accountant (the invoice columns import into Zoho Invoice), from the"
            + " database in DB_URL or the server's embedded one in DATA_DIR (stop the server first).")
    final class Export implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @Parameters(index = "0", paramLabel = "invoices|time", description = "What to export: ${COMPLETION-CANDIDATES}.")
        Kind kind;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Day.class,
                description = "First day, included (default: the first of the --to month).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Day.class, description = "Last day, included (default: today).")
        LocalDate to;

        @Option(names = "--out", paramLabel = "file.csv", description = "Write the CSV to this file (default: standard output).")
        Path file;

        @Override
        public Integer call() {
            Config c = Config.fromEnvChecked(env);
            var range = DateRange.of(from, to, LocalDate.now(c.zone()));
            if (range instanceof Result.Refused<DateRange> r) {
                err.println("--from/--to: " + r.reason() + " " + r.hint());
                return USAGE;
            }
            LocalDate first = range.orElseThrow().from();
            LocalDate last = range.orElseThrow().to();
            if (c.dbUrl().isEmpty() && !EmbeddedMariaDb.holdsDatabase(c.dataDir())) {
                err.println("Nothing to export: DB_URL is unset and DATA_DIR=" + c.dataDir() + " holds no TicketOps database"
                        + " (set DB_URL, or DATA_DIR to the server's data directory).");
                return FAILED;
            }
            EmbeddedMariaDb embedded = null;
            try {
                String url;
                String user = c.dbUser();
                String password = c.dbPassword();
                if (c.dbUrl().isPresent()) {
                    url = c.dbUrl().get();
                } else {
                    embedded = EmbeddedMariaDb.start(c.dataDir());
                    url = embedded.jdbcUrl();
                    user = embedded.user();
                    password = embedded.password();
                }
                try (var db = Database.open(url, user, password, 2)) {
                    var data = new UseCaseFactory(db.stores(), Clock.systemUTC(),
                            new BillingDefaults(c.hourlyRate(), c.paymentTermDays(), c.zone(), c.reminderEveryDays(), c.publicUrl()))
                            .useCases().exportData();
                    String csv = kind == Kind.time ? Csv.time(data, first, last) : Csv.invoices(data, first, last);
                    if (file != null) {
                        Files.writeString(file, csv, StandardCharsets.UTF_8);
                        out.println("Wrote " + (csv.split("\r\n").length - 1) + " rows to " + file);
                    } else {
                        out.print(csv);
                    }
                    return 0;
                }
            } catch (IOException e) {
                err.println("Cannot write the export: " + e.getMessage());
                return FAILED;
            } catch (RuntimeException e) {
                err.println("Cannot read the database: " + Main.rootMessage(e)
                        + (c.dbUrl().isEmpty() ? " (is the server running on the same DATA_DIR? stop it, or export over HTTP)" : ""));
                return FAILED;
            } finally {
                if (embedded != null) {
                    embedded.close();
                }
            }
        }
    }

    /** A calendar day as 2026-11-01, with a message that shows the form. */
    static final class Day implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date like 2026-11-01");
            }
        }
    }

    @Command(name = "discord-register",
            description = "Install bot-manifests/discord-commands.json (globally, or in DISCORD_GUILD_ID) and say what changed.")
    final class DiscordRegister implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            Config c = Config.fromEnvChecked(env);
            if (c.discordApplicationId().isEmpty() || c.discordBotToken().isEmpty()) {
                err.println("discord-register needs DISCORD_APPLICATION_ID and DISCORD_BOT_TOKEN (from the Discord developer portal).");
                return USAGE;
            }
            try {
                var rest = new DiscordRest(c.discordApiUrl(), c.discordBotToken(), new Resilience("discord", Resilience.Settings.defaults()));
                var report = new DiscordRegistration(rest).register(c.discordApplicationId().get(), c.discordGuildId(),
                        DiscordRegistration.definitions(Path.of("")));
                out.print(report.describe());
                return 0;
            } catch (DeliveryException e) {
                err.println("Discord refused the registration: " + e.getMessage());
                return FAILED;
            } catch (IOException e) {
                err.println("Cannot read the command definitions: " + e.getMessage());
                return FAILED;
            }
        }
    }
}
