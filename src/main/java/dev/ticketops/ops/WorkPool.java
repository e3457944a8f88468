package dev.ticketops.ops;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread pool for one platform's work, with a bounded queue: one platform in trouble (a Slack API that hangs) fills
 * its own pool, never another's. Work that finds the pool full is refused at once ({@link RejectedExecutionException},
 * which the adapter answers as "busy"), counted in {@code ticketops_work_rejected_total{pool}} and logged at most once
 * a minute; the queue length is the gauge {@code ticketops_work_queued{pool}}.
 */
public final class WorkPool extends ThreadPoolExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(WorkPool.class);

    public WorkPool(String name, int threads, int queue, Observability obs) {
        super(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), named(name), refuse(name, threads, queue, obs));
        allowCoreThreadTimeOut(true);
        obs.gauge("ticketops_work_queued", "Tasks waiting for a thread of this pool", "pool", name, () -> getQueue().size());
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static RejectedExecutionHandler refuse(String name, int threads, int queue, Observability obs) {
        AtomicLong lastLog = new AtomicLong(Long.MIN_VALUE);
        return (task, pool) -> {
            obs.count("ticketops_work_rejected_total", "Tasks refused because their pool was full", "pool", name);
            long now = System.nanoTime();
            long last = lastLog.get();
            if ((last == Long.MIN_VALUE || now - last >= TimeUnit.MINUTES.toNanos(1)) && lastLog.compareAndSet(last, now)) {
                LOG.warn("{}: all {} threads busy and {} tasks waiting; new work is refused with a \"busy, try again\""
                        + " answer until it drains (this line repeats at most once a minute)", name, threads, queue);
            }
            throw new RejectedExecutionException(name + " is full");
        };
    }
}
