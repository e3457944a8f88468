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
        OutboxRelay relay = new OutboxRelay(database.transactions(), database.outboxQueue(), database.stores().threads(), senders, clock,
                tuning.outboxPoll(), tuning.outboxFirstRetry(), tuning.outboxMaxRetry());
        database.onOutboxCommitted(relay::wake);
        return new JobsModule(database, relay);
    }

    /** Starts delivering, and schedules the jobs for when the database is ready. */
    void start(Core core, Clock clock, Tuning tuning) {
        relay.start();
        Jobs scheduled = new Jobs(database.dataSource(), database.transactions(), database.stores().processedRequests(),
                clock, tuning.jobs(), core.digests()::execute, () -> core.reminders().execute().reminded(), relay::drain,
                core.supportRounds()::execute, instanceName(), zohoJobs(core));
        jobs = scheduled;
        // A database that is not there yet: the jobs start (and the outbox is looked at) once it is.
        database.whenReady(() -> {
            scheduled.start();
            relay.wake();
        });
        database.onAvailability(scheduled::databaseAvailable);
    }

    /** Zoho Invoice's work queue every 30 seconds, and its payments polled every 15 minutes (for agencies without a webhook). */
    static java.util.List<Jobs.Extra> zohoJobs(Core core) {
        return core.zoho().map(z -> java.util.List.of(
                new Jobs.Extra("zoho-sync", java.time.Duration.ofSeconds(30), z.sync()::execute, "item(s) sent to Zoho Invoice"),
                new Jobs.Extra("zoho-payments", java.time.Duration.ofMinutes(15), () -> {
                    try {
                        return z.poll().execute().recorded();
                    } catch (dev.ticketops.app.port.DeliveryException e) {
                        org.slf4j.LoggerFactory.getLogger(JobsModule.class).warn("zoho-payments: {} (tried again next round)",
                                e.getMessage());
                        return 0;
                    }
                }, "payment(s) recorded from Zoho Invoice"))).orElse(java.util.List.of());
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
