package dev.ticketops.slack;

import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.chat.Reply;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Slack workspace (team) TicketOps serves: {@code SLACK_TEAM_ID} when set, otherwise the team the bot token
 * belongs to, as {@code auth.test} says at start-up (asked again on the next request while it has not answered).
 * A person is identified by team and user together, so requests from any other team are refused before they reach
 * the conversation — a staff member's user id from another workspace is not staff here.
 */
public final class SlackWorkspace {
    private static final Logger LOG = LoggerFactory.getLogger(SlackWorkspace.class);

    private final Optional<String> configured;
    private final SlackWebApi api;
    private final Executor executor;
    private volatile String learned;
    private final AtomicReference<CompletableFuture<Optional<String>>> asking = new AtomicReference<>();

    public SlackWorkspace(Optional<String> configured, SlackWebApi api, Executor executor) {
        this.configured = configured;
        this.api = api;
        this.executor = executor;
    }

    /** Asks auth.test who the bot is (logs it); with SLACK_TEAM_ID set, only to warn when the two disagree. */
    public CompletableFuture<Optional<String>> learn() {
        CompletableFuture<Optional<String>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<String>> running = asking.compareAndExchange(null, mine);
        if (running != null) {
            return running;
        }
        executor.execute(() -> {
            try {
                var auth = api.authTest();
                LOG.info("Slack: connected as @{} in {} ({})", auth.getUser(), auth.getTeam(), auth.getTeamId());
                if (configured.isPresent() && auth.getTeamId() != null && !configured.get().equals(auth.getTeamId())) {
                    LOG.warn("Slack: SLACK_TEAM_ID is {} but the bot token belongs to team {}; only {} is served",
                            configured.get(), auth.getTeamId(), configured.get());
                }
                learned = auth.getTeamId();
                mine.complete(Optional.ofNullable(learned));
            } catch (DeliveryException | RuntimeException e) {
                LOG.warn("Slack: the bot token could not be checked ({}); messages stay in the outbox and are retried"
                        + " until Slack takes them (check SLACK_BOT_TOKEN)", e.getMessage());
                mine.complete(Optional.empty());
                asking.set(null);
            }
        });
        return mine;
    }

    /** The served team, when SLACK_TEAM_ID is set or auth.test has answered; otherwise asks again, without waiting. */
    Optional<String> teamId() {
        if (configured.isPresent()) {
            return configured;
        }
        if (learned == null) {
            learn();
        }
        return Optional.ofNullable(learned);
    }

    /** Whether {@code team} is known to be the served workspace: staff rights need this. */
    boolean serves(String team) {
        return teamId().map(t -> t.equals(team)).orElse(false);
    }

    /**
     * Why a request from {@code team} is not served, or empty when it is. While the team is not known yet (auth.test
     * has not answered — Slack's Web API may be down while commands still arrive), people are served as clients, and
     * those listed as staff are told honestly that their staff rights cannot be confirmed yet.
     */
    Optional<Reply> refusal(String team, boolean listedAsStaff) {
        Optional<String> served = teamId();
        if (served.isEmpty()) {
            return listedAsStaff ? Optional.of(Reply.refusal("TicketOps could not confirm yet which Slack workspace it is"
                    + " connected to, so it cannot tell that you are staff here; nothing was done.", "Try again in a minute;"
                    + " if it persists, the admin checks SLACK_BOT_TOKEN or sets SLACK_TEAM_ID.")) : Optional.empty();
        }
        if (!served.get().equals(team)) {
            return Optional.of(Reply.refusal("This Slack workspace is not connected to TicketOps, so nothing was done.",
                    "TicketOps serves the agency's own workspace only: ask there, or ask the agency to invite you."));
        }
        return Optional.empty();
    }
}
