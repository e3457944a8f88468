package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.DigestQueries;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Digest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Sends each destination's digest once per local day, at or after the digest time: the staff channels and every
 * channel linked to a client. Run it as often as you like (the scheduler runs it every minute): the claim of
 * (destination, local date) in the database makes it once — across restarts, several instances, and daylight-saving
 * changes; a service that was down at digest time sends it when it comes back the same day.
 */
public final class SendDigests {
    /** Where staff digests go, and when. */
    public record Settings(LocalTime at, List<Destination> staffDestinations) {
        public Settings {
            staffDestinations = List.copyOf(staffDestinations);
        }
    }

    private final Transactions transactions;
    private final DigestQueries digests;
    private final Outbox outbox;
    private final BuildDigest build;
    private final AgencyCalendar calendar;
    private final Settings settings;

    public SendDigests(Transactions transactions, DigestQueries digests, Outbox outbox, BuildDigest build,
                       AgencyCalendar calendar, Settings settings) {
        this.transactions = transactions;
        this.digests = digests;
        this.outbox = outbox;
        this.build = build;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** Sends what is due now; returns how many digests were sent. */
    public int execute() {
        ZonedDateTime local = calendar.now().atZone(calendar.zone());
        if (local.toLocalTime().isBefore(settings.at())) {
            return 0;
        }
        LocalDate day = local.toLocalDate();
        int sent = 0;
        for (Destination d : settings.staffDestinations()) {
            if (sendOnce("staff:" + d.platform() + ":" + d.id(), d, null, "staff", day)) {
                sent++;
            }
        }
        var channels = transactions.inTransaction(digests::clientChannels);
        for (var c : channels) {
            String key = "client:" + c.channel().platform() + ":" + c.channel().workspaceId() + ":" + c.channel().channelId();
            if (sendOnce(key, Destination.channel(c.channel()), c.clientId(), c.clientName(), day)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOnce(String key, Destination to, Long client, String audience, LocalDate day) {
        return transactions.inTransaction(() -> {
            Instant now = calendar.now();
            Instant since = digests.lastSent(key, now).orElse(now.minus(Duration.ofDays(1)));
            if (!digests.claim(key, day, now)) {
                return false;
            }
            Digest digest = build.build(client, audience, since, day);
            outbox.enqueue(to, new Notice.DailyDigest(digest), now);
            return true;
        });
    }
}
