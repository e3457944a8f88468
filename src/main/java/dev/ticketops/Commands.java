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
                  discord-register     install bot-manifests/discord-commands.json (globally, or in DISCORD_GUILD_ID)""";
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
