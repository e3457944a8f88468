package dev.ticketops.discord;

import dev.ticketops.chat.StatusCards;
import dev.ticketops.ops.Observability;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway listener's decisions, apart from JDA: a command is worked on the Discord pool and answered directly when
 * the answer comes within {@code deferAfter}, otherwise deferred and completed later; a full pool answers that
 * TicketOps is busy and nothing was changed; a click answers with a new message or replaces the clicked card.
 */
final class GatewayDispatch {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayDispatch.class);

    private final Function<DiscordInteraction, DiscordOutcome> handler;
    private final ExecutorService workers;
    private final Duration deferAfter;
    private final Observability obs;

    GatewayDispatch(Function<DiscordInteraction, DiscordOutcome> handler, ExecutorService workers, Duration deferAfter,
                    Observability obs) {
        this.handler = handler;
        this.workers = workers;
        this.deferAfter = deferAfter;
        this.obs = obs;
    }

    void command(DiscordInteraction i, GatewayExchange x) {
        long start = System.nanoTime();
        Future<DiscordOutcome> work;
        try {
            work = workers.submit(() -> handler.apply(i));
        } catch (RejectedExecutionException full) {
            x.reply(StatusCards.busy(), true);
            obs.request("discord", DiscordInteractions.label(i), null, "busy", System.nanoTime() - start);
            return;
        }
        try {
            DiscordOutcome o = work.get(deferAfter.toMillis(), TimeUnit.MILLISECONDS);
            x.reply(o.reply(), !o.reply().isPublic());
            obs.request("discord", DiscordInteractions.label(i), o.ticket(), o.outcome(), System.nanoTime() - start);
        } catch (TimeoutException late) {
            x.defer();
            workers.execute(() -> {
                DiscordOutcome o = await(work);
                if (o != null) {
                    x.completeDeferred(o.reply());
                    obs.request("discord", DiscordInteractions.label(i), o.ticket(), o.outcome(), System.nanoTime() - start);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("Discord command {} failed", i.id(), e.getCause());
            x.reply(StatusCards.error(), true);
        }
    }

    void click(DiscordInteraction i, GatewayExchange x) {
        long start = System.nanoTime();
        DiscordOutcome o = handler.apply(i);
        obs.request("discord", DiscordInteractions.label(i), o.ticket(), o.outcome(), System.nanoTime() - start);
        if (o.kind() == DiscordOutcome.Kind.UPDATE) {
            x.update(o.reply());
        } else {
            x.reply(o.reply(), !o.reply().isPublic());
        }
    }

    private static DiscordOutcome await(Future<DiscordOutcome> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            LOG.error("deferred Discord command failed", e.getCause());
            return null;
        }
    }
}
