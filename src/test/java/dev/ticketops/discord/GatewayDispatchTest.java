package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.Reply;
import dev.ticketops.ops.Observability;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway listener at its own seam: the decisions it makes for an interaction (answer now, defer and complete,
 * busy, replace the clicked card), with a recording exchange instead of mocked JDA events.
 */
class GatewayDispatchTest {
    record Answer(String how, Reply reply, boolean ephemeral) {
    }

    /** Records every answer in order; a test waits for the n-th with {@link #next()}. */
    static final class Recorder implements GatewayExchange {
        final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();

        @Override
        public void reply(Reply reply, boolean ephemeral) {
            answers.add(new Answer("reply", reply, ephemeral));
        }

        @Override
        public void update(Reply reply) {
            answers.add(new Answer("update", reply, false));
        }

        @Override
        public void defer() {
            answers.add(new Answer("defer", null, true));
        }

        @Override
        public void completeDeferred(Reply reply) {
            answers.add(new Answer("complete", reply, !reply.isPublic()));
        }

        Answer next() throws InterruptedException {
            Answer a = answers.poll(10, TimeUnit.SECONDS);
            assertThat(a).as("an answer within 10 s").isNotNull();
            return a;
        }
    }

    final ExecutorService workers = Executors.newFixedThreadPool(2);
    final Observability obs = new Observability(Clock.systemUTC());

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    static DiscordInteraction command(String name, String sub) {
        return new DiscordInteraction("1", DiscordInteraction.COMMAND, null, null, "g", "c", "u", "ana", List.of(), List.of(),
                name, sub, Map.of(), null, null);
    }

    static DiscordInteraction click(String customId) {
        return new DiscordInteraction("2", DiscordInteraction.COMPONENT, null, null, "g", "c", "u", "ana", List.of(), List.of(),
                null, null, Map.of(), null, customId, "m1");
    }

    GatewayDispatch dispatch(Function<DiscordInteraction, DiscordOutcome> handler, ExecutorService pool, Duration deferAfter) {
        return new GatewayDispatch(handler, pool, deferAfter, obs);
    }

    double requests(String command, String outcome) {
        var c = obs.registry().find("ticketops_requests_total").tag("platform", "discord").tag("command", command)
                .tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void aQuickAnswer_isRepliedAtOnce_privateOnesOnlyToTheAsker() throws Exception {
        Reply mine = Reply.privately().text("Your tickets: none").build();
        Reply everyone = Reply.publicly().text("Ticket #1 opened").build();
        Recorder privately = new Recorder();
        Recorder publicly = new Recorder();

        dispatch(i -> DiscordOutcome.message(mine), workers, Duration.ofSeconds(5)).command(command("ticket", "list"), privately);
        dispatch(i -> DiscordOutcome.message(everyone), workers, Duration.ofSeconds(5)).command(command("ticket", "open"), publicly);

        assertThat(privately.next()).isEqualTo(new Answer("reply", mine, true));
        assertThat(publicly.next()).isEqualTo(new Answer("reply", everyone, false));
        assertThat(privately.answers).isEmpty();
        assertThat(requests("ticket list", "ok")).isEqualTo(1);
    }

    @Test
    void aSlowAnswer_isDeferredFirst_thenCompletedWithTheAnswer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Reply late = Reply.publicly().text("Logged 1 hour").build();
        Recorder x = new Recorder();

        dispatch(i -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return DiscordOutcome.message(late);
        }, workers, Duration.ofMillis(50)).command(command("log", null), x);

        assertThat(x.next().how()).isEqualTo("defer");
        assertThat(x.answers).as("nothing more until the work is done").isEmpty();
        release.countDown();
        assertThat(x.next()).isEqualTo(new Answer("complete", late, false));
    }

    @Test
    void aFullPool_answersBusy_andNeverRunsTheCommand() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        ThreadPoolExecutor full = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>());
        try {
            full.execute(() -> {
                try {
                    hold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            AtomicInteger ran = new AtomicInteger();
            Recorder x = new Recorder();

            dispatch(i -> {
                ran.incrementAndGet();
                return DiscordOutcome.message(Reply.privately().text("done").build());
            }, full, Duration.ofSeconds(1)).command(command("ticket", "close"), x);

            Answer busy = x.next();
            assertThat(busy.how()).isEqualTo("reply");
            assertThat(busy.ephemeral()).isTrue();
            assertThat(busy.reply().plainText()).contains("too busy", "nothing was changed");
            assertThat(ran).hasValue(0);
            assertThat(requests("ticket close", "busy")).isEqualTo(1);
        } finally {
            hold.countDown();
            full.shutdownNow();
        }
    }

    @Test
    void aCommandThatFails_isAnsweredThatNothingChanged_notLeftHanging() throws Exception {
        Recorder x = new Recorder();

        dispatch(i -> {
            throw new IllegalStateException("bug");
        }, workers, Duration.ofSeconds(5)).command(command("ticket", "show"), x);

        Answer a = x.next();
        assertThat(a.ephemeral()).isTrue();
        assertThat(a.reply().tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(a.reply().plainText()).contains("nothing was changed");
    }

    @Test
    void aClick_replacesTheCard_orAnswersWithAMessage() throws Exception {
        Reply decided = Reply.publicly().text("Approved by ana").build();
        Reply refusal = Reply.refusal("Staff cannot approve for the client.", "Ask the client to click Approve.");
        Recorder approve = new Recorder();
        Recorder refused = new Recorder();

        dispatch(i -> DiscordOutcome.update(decided), workers, Duration.ofSeconds(5)).click(click("approve:1:1"), approve);
        dispatch(i -> DiscordOutcome.message(refusal), workers, Duration.ofSeconds(5)).click(click("approve:1:1"), refused);

        assertThat(approve.next()).isEqualTo(new Answer("update", decided, false));
        assertThat(refused.next()).isEqualTo(new Answer("reply", refusal, true));
        assertThat(requests("button approve", "ok")).isEqualTo(1);
        assertThat(requests("button approve", "refused")).isEqualTo(1);
    }
}
