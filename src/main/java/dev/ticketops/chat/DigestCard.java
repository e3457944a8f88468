package dev.ticketops.chat;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** The daily digest, as staff or a client reads it. */
public final class DigestCard {
    private DigestCard() {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH);

    /** The daily digest: a section per field, or one calm line on a quiet day. */
    public static Reply digest(dev.ticketops.domain.Digest d, Reply.Visibility visibility) {
        Reply.Builder b = visibility == Reply.Visibility.PUBLIC ? Reply.publicly() : Reply.privately();
        b.title("Daily digest — " + DAY.format(d.day()) + (d.audience().equals("staff") ? "" : " — " + d.audience()));
        if (d.quiet()) {
            return b.text("A quiet day: nothing new, nothing waiting, no time logged yesterday. ☕").build();
        }
        for (var s : d.sections()) {
            b.wideField(s.name(), s.lines().stream().map(l -> "• " + l).collect(Collectors.joining("\n"))
                    + (s.more() > 0 ? "\n…and " + s.more() + " more" : ""));
        }
        return b.build();
    }
}
