package dev.ticketops;

import dev.ticketops.chat.MessageSender;
import dev.ticketops.domain.Platform;
import dev.ticketops.jobs.Jobs;
import dev.ticketops.jobs.OutboxRelay;
import dev.ticketops.store.Database;
import java.time.Clock;
import java.util.Map;

/**
 * The work done away from requests: the outbox relay delivering what committed changes queued, and the scheduled
 * jobs (digests, reminders, the outbox sweep), which start once the database is there and pause while it is away.
 */
final class JobsModule implements AutoCloseable {
    private final Database database;
    private final OutboxRelay relay;
    private Jobs jobs;

    private JobsModule(Database database, OutboxRelay relay) {
        this.database = database;
        this.relay = relay;
    }

    /** The relay, woken by every committed outbox message from now on; nothing runs before {@link #start}. */
    static JobsModule prepare(Database database, Map<Platform, MessageSender> senders, Clock clock, Tuning tuning) {
        OutboxRelay relay = new OutboxRelay(database.transactions(), database.outboxQueue(), senders, clock,
                tuning.outboxPoll(), tuning.outboxFirstRetry(), tuning.outboxMaxRetry());
        database.onOutboxCommitted(relay::wake);
        return new JobsModule(database, relay);
    }

    /** Starts delivering, and schedules the jobs for when the database is ready. */
    void start(Core core, Clock clock, Tuning tuning) {
        relay.start();
        Jobs scheduled = new Jobs(database.dataSource(), database.transactions(), database.stores().processedRequests(),
                clock, tuning.jobs(), core.digests()::execute, () -> core.reminders().execute().reminded(), relay::drain,
                core.supportRounds()::execute, instanceName());
        jobs = scheduled;
        // A database that is not there yet: the jobs start (and the outbox is looked at) once it is.
        database.whenReady(() -> {
            scheduled.start();
            relay.wake();
        });
        database.onAvailability(scheduled::databaseAvailable);
    }

    OutboxRelay relay() {
        return relay;
    }

    /** Distinct per process, so several instances on one host are told apart by the scheduler. */
    static String instanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "host";
        }
        String name = host + "-" + ProcessHandle.current().pid() + "-" + Integer.toHexString(System.identityHashCode(new Object()));
        return name.length() > 50 ? name.substring(name.length() - 50) : name;
    }

    /** The jobs first, then the relay. */
    @Override
    public void close() {
        if (jobs != null) {
            jobs.close();
        }
        relay.close();
    }
}
