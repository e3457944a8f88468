package dev.ticketops.discord;

import dev.ticketops.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Renders a neutral reply with JDA's builders, the same way {@link DiscordJson} renders it for HTTP. */
final class JdaMessages {
    private JdaMessages() {
    }

    static MessageCreateData create(Reply reply) {
        Reply r = DiscordFit.embed(reply.mapText(DiscordMarkup::defuse));
        EmbedBuilder e = new EmbedBuilder().setColor(DiscordJson.color(r.tone()));
        if (r.title() != null) {
            e.setTitle(r.title());
        }
        if (!r.text().isBlank()) {
            e.setDescription(r.text());
        }
        r.fields().forEach(f -> e.addField(f.label(), f.value(), f.inline()));
        if (r.footer() != null) {
            e.setFooter(r.footer());
        }
        MessageCreateBuilder b = new MessageCreateBuilder().setEmbeds(e.build()).setAllowedMentions(List.of());
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < r.buttons().size(); i += DiscordFit.BUTTONS_PER_ROW) {
            List<Button> buttons = new ArrayList<>();
            for (Reply.Button x : r.buttons().subList(i, Math.min(i + DiscordFit.BUTTONS_PER_ROW, r.buttons().size()))) {
                buttons.add(switch (x.style()) {
                    case PRIMARY -> Button.success(x.value(), x.label());
                    case DANGER -> Button.danger(x.value(), x.label());
                    case DEFAULT -> Button.secondary(x.value(), x.label());
                });
            }
            rows.add(ActionRow.of(buttons));
        }
        if (!rows.isEmpty()) {
            b.setComponents(rows);
        }
        return b.build();
    }
}
