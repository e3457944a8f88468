package dev.ticketops.app.port;

import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the daily digest reads, each query bounded and index-driven; {@code client} null means every client. */
public interface DigestQueries {
    /** A ticket in a digest: since when (opened, estimated, closed) and minutes (logged, or in total). */
    record Line(TicketNumber number, String title, String client, Instant since, long minutes) {
    }

    record Page(List<Line> items, long total) {
    }

    record PersonTime(String person, long minutes) {
    }

    record ClientChannel(long clientId, String clientName, ChannelRef channel) {
    }

    Page opened(Instant from, Instant to, Long client, int limit);

    Page waitingForEstimate(Long client, int limit);

    Page waitingForApproval(Long client, int limit);

    Page approvedWithoutTime(Long client, int limit);

    Page timeByTicket(Instant from, Instant to, Long client, int limit);

    List<PersonTime> timeByPerson(Instant from, Instant to);

    Page closed(Instant from, Instant to, Long client, int limit);

    List<ClientChannel> clientChannels();

    /** Claims the digest of one destination for one local day; false when it was already sent. */
    boolean claim(String destination, LocalDate day, Instant at);

    Optional<Instant> lastSent(String destination, Instant before);
}
