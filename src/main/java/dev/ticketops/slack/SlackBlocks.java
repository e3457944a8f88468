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
        return escape(Text.clip(head == null || head.isBlank() ? "TicketOps" : head.replace('\n', ' '), 300));
    }

    public static ArrayNode blocks(Reply r) {
        ArrayNode blocks = JSON.createArrayNode();
        if (r.title() != null) {
            blocks.add(section("*" + icon(r.tone()) + escape(Text.clip(r.title(), 280)) + "*"));
        }
        if (!r.text().isBlank()) {
            String prefix = r.title() == null ? icon(r.tone()) : "";
            for (String chunk : chunks(prefix + escape(r.text()), 2900)) {
                blocks.add(section(chunk));
            }
        }
        List<Reply.Field> inline = new ArrayList<>();
        for (Reply.Field f : r.fields()) {
            if (f.inline()) {
                inline.add(f);
                if (inline.size() == 10) {
                    blocks.add(fieldsSection(inline));
                    inline.clear();
                }
            } else {
                if (!inline.isEmpty()) {
                    blocks.add(fieldsSection(inline));
                    inline.clear();
                }
                blocks.add(section("*" + escape(f.label()) + "*\n" + escape(Text.clip(f.value(), 2800))));
            }
        }
        if (!inline.isEmpty()) {
            blocks.add(fieldsSection(inline));
        }
        if (!r.buttons().isEmpty()) {
            ObjectNode actions = blocks.addObject().put("type", "actions").put("block_id", "ticket_actions");
            ArrayNode elements = actions.putArray("elements");
            for (Reply.Button b : r.buttons()) {
                ObjectNode button = elements.addObject().put("type", "button").put("action_id", b.actionId()).put("value", b.value());
                button.putObject("text").put("type", "plain_text").put("text", b.label());
                if (b.style() != Reply.Style.DEFAULT) {
                    button.put("style", b.style() == Reply.Style.PRIMARY ? "primary" : "danger");
                }
            }
        }
        if (r.footer() != null) {
            ObjectNode context = blocks.addObject().put("type", "context");
            context.putArray("elements").addObject().put("type", "mrkdwn").put("text", escape(Text.clip(r.footer(), 2900)));
        }
        return blocks;
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
            arr.addObject().put("type", "mrkdwn").put("text", "*" + escape(f.label()) + "*\n" + escape(Text.clip(f.value(), 1900)));
        }
        return s;
    }

    private static List<String> chunks(String s, int max) {
        List<String> out = new ArrayList<>();
        String rest = s;
        while (Text.length(rest) > max) {
            String head = Text.clip(rest, max);
            int cut = head.lastIndexOf('\n');
            if (cut < max / 2) {
                cut = head.length();
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
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
