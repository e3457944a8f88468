package dev.ticketops.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import java.util.ArrayList;
import java.util.List;

/** Renders a neutral {@link Reply} as Slack Block Kit, and builds the "open a ticket" modal. */
public final class SlackBlocks {
    static final ObjectMapper JSON = new ObjectMapper();
    public static final String OPEN_TICKET_VIEW = "ticket_open";

    private SlackBlocks() {
    }

    /** {@code @channel}, {@code @here}, {@code @everyone} as words: a zero-width space keeps them from notifying anyone. */
    private static final java.util.regex.Pattern BROADCAST =
            java.util.regex.Pattern.compile("(?i)(?<![\\w@])@(channel|here|everyone)\\b");

    /**
     * Every text Slack reads as markup passes here once: {@code &}, {@code <} and {@code >} are escaped, so that text a
     * person typed ({@code <!channel>}, {@code <@U…>}, {@code <https://…|label>}) is shown as typed and never becomes
     * a mention or a disguised link; broadcast words are defused as well. Everything else is shown as typed.
     */
    static String escape(String s) {
        String escaped = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return BROADCAST.matcher(escaped).replaceAll("@\u200B$1");
    }

    private static String icon(Reply.Tone tone) {
        return switch (tone) {
            case SUCCESS -> ":white_check_mark: ";
            case WARNING -> ":warning: ";
            case REFUSAL -> ":no_entry_sign: ";
            case ERROR -> ":x: ";
            case INFO -> "";
        };
    }

    /** The one-line text Slack shows in notifications and where blocks cannot be shown (escaped: Slack parses it too). */
    public static String fallback(Reply r) {
        String head = r.title() != null ? r.title() : r.text();
        return SlackFit.fit(head == null || head.isBlank() ? "TicketOps" : head.replace('\n', ' '), 300, SlackBlocks::escape, "…");
    }

    /**
     * The reply as blocks, inside Block Kit's limits whatever the text: at most 50 blocks, sections of 3,000
     * characters, fields of 2,000, button labels of 75 (see {@link SlackFit}). Buttons and the footer always keep their
     * place; when the text and fields need more blocks than are left, the last one says the rest was shortened.
     */
    public static ArrayNode blocks(Reply r) {
        int reserved = (r.buttons().isEmpty() ? 0 : 1) + (r.footer() == null ? 0 : 1);
        List<ObjectNode> content = new ArrayList<>();
        if (r.title() != null) {
            content.add(section("*" + icon(r.tone()) + SlackFit.fit(r.title().replace('\n', ' '), 300, SlackBlocks::escape, "…")
                    + "*"));
        }
        int room = SlackFit.BLOCKS - reserved;
        if (!r.text().isBlank()) {
            String prefix = r.title() == null ? icon(r.tone()) : "";
            for (String piece : SlackFit.pieces(prefix + r.text(), SlackFit.SECTION, room - content.size(), SlackBlocks::escape)) {
                content.add(section(piece));
            }
        }
        List<Reply.Field> inline = new ArrayList<>();
        for (Reply.Field f : r.fields()) {
            if (f.inline()) {
                inline.add(f);
                if (inline.size() == SlackFit.FIELDS) {
                    content.add(fieldsSection(inline));
                    inline.clear();
                }
            } else {
                if (!inline.isEmpty()) {
                    content.add(fieldsSection(inline));
                    inline.clear();
                }
                content.add(section(labelled(f, SlackFit.SECTION)));
            }
        }
        if (!inline.isEmpty()) {
            content.add(fieldsSection(inline));
        }
        ArrayNode blocks = JSON.createArrayNode();
        if (content.size() > room) {
            int dropped = content.size() - room + 1;
            content = new ArrayList<>(content.subList(0, room - 1));
            content.add(section("… _(" + dropped + " more parts not shown; the whole text is kept with the ticket)_"));
        }
        content.forEach(blocks::add);
        if (!r.buttons().isEmpty()) {
            ObjectNode actions = blocks.addObject().put("type", "actions").put("block_id", "ticket_actions");
            ArrayNode elements = actions.putArray("elements");
            for (Reply.Button b : r.buttons().stream().limit(SlackFit.ACTIONS).toList()) {
                ObjectNode button = elements.addObject().put("type", "button").put("action_id", b.actionId())
                        .put("value", Text.clip(b.value(), SlackFit.BUTTON_VALUE));
                button.putObject("text").put("type", "plain_text").put("text", SlackFit.fit(b.label(), SlackFit.BUTTON_LABEL,
                        s -> s, "…"));
                if (b.style() != Reply.Style.DEFAULT) {
                    button.put("style", b.style() == Reply.Style.PRIMARY ? "primary" : "danger");
                }
            }
        }
        if (r.footer() != null) {
            ObjectNode context = blocks.addObject().put("type", "context");
            context.putArray("elements").addObject().put("type", "mrkdwn")
                    .put("text", SlackFit.fit(r.footer(), SlackFit.SECTION, SlackBlocks::escape));
        }
        return blocks;
    }

    /** "*Label*\nvalue", escaped, within {@code max}: the label is short and kept; the value is cut if it must be. */
    private static String labelled(Reply.Field f, int max) {
        String label = "*" + SlackFit.fit(f.label(), 200, SlackBlocks::escape, "…") + "*\n";
        return label + SlackFit.fit(f.value(), max - label.length(), SlackBlocks::escape);
    }

    /** A slash-command response or response_url message: public replies go in the channel, others only to the asker. */
    public static ObjectNode message(Reply r) {
        ObjectNode m = JSON.createObjectNode();
        m.put("response_type", r.isPublic() ? "in_channel" : "ephemeral");
        m.put("text", fallback(r));
        m.set("blocks", blocks(r));
        return m;
    }

    private static ObjectNode section(String mrkdwn) {
        ObjectNode s = JSON.createObjectNode().put("type", "section");
        s.putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
        return s;
    }

    private static ObjectNode fieldsSection(List<Reply.Field> fields) {
        ObjectNode s = JSON.createObjectNode().put("type", "section");
        ArrayNode arr = s.putArray("fields");
        for (Reply.Field f : fields) {
            arr.addObject().put("type", "mrkdwn").put("text", labelled(f, SlackFit.FIELD));
        }
        return s;
    }

    /** The modal that {@code /ticket} with no text opens; the channel rides along in private_metadata. */
    public static ObjectNode openTicketModal(String channelId) {
        ObjectNode v = JSON.createObjectNode().put("type", "modal").put("callback_id", OPEN_TICKET_VIEW)
                .put("private_metadata", channelId);
        v.putObject("title").put("type", "plain_text").put("text", "Open a ticket");
        v.putObject("submit").put("type", "plain_text").put("text", "Open ticket");
        v.putObject("close").put("type", "plain_text").put("text", "Cancel");
        ArrayNode blocks = v.putArray("blocks");
        blocks.add(section("No ticket = no work. Describe the request; staff will review it and post an estimate for your approval."
                + " Never paste passwords here — use a Bitwarden Send link."));
        blocks.add(input("title", "Title", "e.g. Checkout bug fix", false, Ticket.TITLE_MAX, false));
        blocks.add(input("description", "Description", "What happens, since when, what you expected", true,
                3000, true));
        ObjectNode urgent = blocks.addObject().put("type", "input").put("block_id", "urgent").put("optional", true);
        urgent.putObject("label").put("type", "plain_text").put("text", "Priority");
        ObjectNode box = urgent.putObject("element").put("type", "checkboxes").put("action_id", "value");
        ObjectNode opt = box.putArray("options").addObject();
        opt.putObject("text").put("type", "plain_text").put("text", "Urgent (needs a cleared balance)");
        opt.put("value", "urgent");
        return v;
    }

    private static ObjectNode input(String id, String label, String placeholder, boolean multiline, int max, boolean optional) {
        ObjectNode in = JSON.createObjectNode().put("type", "input").put("block_id", id).put("optional", optional);
        in.putObject("label").put("type", "plain_text").put("text", label);
        ObjectNode el = in.putObject("element").put("type", "plain_text_input").put("action_id", "value")
                .put("multiline", multiline).put("max_length", max);
        el.putObject("placeholder").put("type", "plain_text").put("text", placeholder);
        return in;
    }
}
