package dev.ticketops.discord;

import dev.ticketops.chat.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a reply into Discord's message limits before either transport renders it: an embed's title 256 characters,
 * description 4,096, at most 25 fields of 256 + 1,024, footer 2,048 and 6,000 in all; at most 25 buttons (five rows of
 * five), labels of 80, custom ids of 100; plain message content 2,000. What is cut ends with "…" and a pointer to the
 * whole text, so Discord never rejects a message (a 400 that the outbox would retry for ever).
 */
final class DiscordFit {
    static final int TITLE = 256;
    static final int DESCRIPTION = 4096;
    static final int FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FOOTER = 2048;
    static final int EMBED_TOTAL = 6000;
    static final int BUTTONS_PER_ROW = 5;
    static final int ROWS = 5;
    static final int BUTTON_LABEL = 80;
    static final int CUSTOM_ID = 100;
    static final int CONTENT = 2000;

    static final String CUT = "… *(shortened; the whole text is kept with the ticket)*";

    private DiscordFit() {
    }

    /** The reply, every text within its own limit and the embed within 6,000 characters in all. */
    static Reply embed(Reply r) {
        String title = r.title() == null ? null : cut(r.title(), TITLE, "…");
        String footer = r.footer() == null ? null : cut(r.footer(), FOOTER, CUT);
        List<Reply.Field> fields = new ArrayList<>();
        for (Reply.Field f : r.fields()) {
            fields.add(new Reply.Field(cut(f.label(), FIELD_NAME, "…"), cut(f.value().isBlank() ? "—" : f.value(), FIELD_VALUE, CUT),
                    f.inline()));
        }
        if (fields.size() > FIELDS) {
            int more = fields.size() - (FIELDS - 1);
            fields = new ArrayList<>(fields.subList(0, FIELDS - 1));
            fields.add(new Reply.Field("…", more + " more not shown; the whole text is kept with the ticket", false));
        }
        int fixed = length(title) + length(footer) + fields.stream().mapToInt(f -> f.label().length() + f.value().length()).sum();
        while (fixed > EMBED_TOTAL - 200 && fields.size() > 1) {
            Reply.Field last = fields.remove(fields.size() - 1);
            fixed -= last.label().length() + last.value().length();
        }
        int room = Math.min(DESCRIPTION, EMBED_TOTAL - fixed);
        String text = r.text().isBlank() ? r.text() : cut(r.text(), Math.max(room, 0), CUT);
        return new Reply(r.visibility(), r.tone(), title, text, fields, buttons(r.buttons()), footer, r.replaceOriginal());
    }

    /** Plain message content (no embed): at most 2,000 characters. */
    static String content(String s) {
        return cut(s, CONTENT, CUT);
    }

    private static List<Reply.Button> buttons(List<Reply.Button> buttons) {
        return buttons.stream().limit((long) BUTTONS_PER_ROW * ROWS)
                .map(b -> new Reply.Button(cut(b.label(), BUTTON_LABEL, "…"), b.actionId(), cut(b.value(), CUSTOM_ID, ""), b.style()))
                .toList();
    }

    /** {@code s} when it fits {@code max}, else its start and {@code marker}, at most {@code max} characters in all. */
    static String cut(String s, int max, String marker) {
        if (s.length() <= max) {
            return s;
        }
        if (marker.length() >= max) {
            return s.substring(0, safe(s, max));
        }
        return s.substring(0, safe(s, max - marker.length())).stripTrailing() + marker;
    }

    private static int safe(String s, int end) {
        return end > 0 && Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
