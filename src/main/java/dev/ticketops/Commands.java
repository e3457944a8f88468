package dev.ticketops;

import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.config.Config;
import dev.ticketops.config.ConfigException;
import dev.ticketops.discord.DiscordRegistration;
import dev.ticketops.domain.DateRange;
import dev.ticketops.domain.Result;
import dev.ticketops.discord.DiscordRest;
import dev.ticketops.outbound.Resilience;
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
import java.util.List;
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
                err.println("--from/--to: " + r.reason() + " " + r.hint().plain());
                return USAGE;
            }
            LocalDate first = range.orElseThrow().from();
            LocalDate last = range.orElseThrow().to();
            if (c.dbUrl().isEmpty() && !EmbeddedMariaDb.holdsDatabase(c.dataDir())) {
                err.println("Nothing to export: DB_URL is unset and DATA_DIR=" + c.dataDir() + " holds no TicketOps database"
                        + " (set DB_URL, or DATA_DIR to the server's data directory).");
                return FAILED;
            }
            try (var db = DatabaseModule.open(c, 2)) {
                var data = Core.build(c, Clock.systemUTC(), db.database().stores()).exportData();
                String csv = kind == Kind.time ? Csv.time(data, first, last) : Csv.invoices(data, first, last);
                if (file != null) {
                    Files.writeString(file, csv, StandardCharsets.UTF_8);
                    out.println("Wrote " + (csv.split("\r\n").length - 1) + " rows to " + file);
                } else {
                    out.print(csv);
                }
                return 0;
            } catch (IOException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "no such directory"
                        : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
                err.println("Cannot write the export to " + file + ": " + why
                        + " (give --out a file in a directory you can write, or leave --out out for standard output).");
                return FAILED;
            } catch (RuntimeException e) {
                if (c.dbUrl().isPresent()) {
                    err.println("Cannot read the database at DB_URL=" + Config.masked(c.dbUrl().get()) + ": "
                            + scrub(deepestLine(e), c) + " (is MariaDB running there? check DB_URL, DB_USER and DB_PASSWORD).");
                } else {
                    err.println("Cannot read the database: " + Main.rootMessage(e).lines().findFirst().orElse("")
                            + " (is the server running on the same DATA_DIR? stop it, or export over HTTP)");
                }
                return FAILED;
            }
        }
    }

    /** The first line of the innermost message: drivers and Flyway wrap the cause in several lines of their own. */
    static String deepestLine(Throwable e) {
        String msg = e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                msg = t.getMessage();
            }
        }
        return msg == null ? e.toString() : msg.lines().filter(l -> !l.isBlank()).findFirst().orElse(msg).strip();
    }

    /** A driver's message may quote the URL, or a piece of it it could not parse: no credential of the URL survives. */
    static String scrub(String text, Config c) {
        String out = Config.masked(text);
        List<String> secrets = new java.util.ArrayList<>();
        secrets.add(c.dbPassword());
        c.dbUrl().ifPresent(url -> {
            var userInfo = java.util.regex.Pattern.compile("//[^/@:]*:([^/@]*)@").matcher(url);
            if (userInfo.find()) {
                secrets.add(userInfo.group(1));
            }
            var password = java.util.regex.Pattern.compile("(?i)(?:password|pwd)=([^&;]*)").matcher(url);
            while (password.find()) {
                secrets.add(password.group(1));
            }
        });
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }

    /** What to check when Discord refuses, by its status. */
    static String registrationHint(String message, Optional<String> guild) {
        var m = java.util.regex.Pattern.compile("HTTP (\\d{3})").matcher(message == null ? "" : message);
        String status = m.find() ? m.group(1) : "";
        return switch (status) {
            case "401" -> " (check DISCORD_BOT_TOKEN: the token from the Bot page of the developer portal).";
            case "403" -> " (check that the bot was invited" + guild.map(g -> " to DISCORD_GUILD_ID=" + g).orElse("")
                    + " with the applications.commands scope, and that DISCORD_APPLICATION_ID is the bot's own application).";
            case "404" -> " (check DISCORD_APPLICATION_ID" + (guild.isPresent() ? " and DISCORD_GUILD_ID" : "") + ").";
            default -> " (run it again; if it keeps failing, check DISCORD_API_URL and the network).";
        };
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
                        DiscordRegistration.withPaymentMethods(DiscordRegistration.definitions(Path.of("")), c.paymentMethods()));
                out.print(report.describe());
                return 0;
            } catch (DeliveryException e) {
                err.println("Discord refused the registration: " + e.getMessage() + "; nothing was installed"
                        + registrationHint(e.getMessage(), c.discordGuildId()));
                return FAILED;
            } catch (IOException e) {
                err.println("Cannot read the command definitions: " + e.getMessage());
                return FAILED;
            }
        }
    }
}
