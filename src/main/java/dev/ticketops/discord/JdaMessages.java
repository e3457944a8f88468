package dev.ticketops.discord;

import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Text;
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
        Reply r = reply.mapText(DiscordMarkup::defuse);
        EmbedBuilder e = new EmbedBuilder().setColor(DiscordJson.color(r.tone()));
        if (r.title() != null) {
            e.setTitle(Text.clip(r.title(), 256));
        }
        if (!r.text().isBlank()) {
            e.setDescription(Text.clip(r.text(), 4096));
        }
        r.fields().stream().limit(25).forEach(f -> e.addField(Text.clip(f.label(), 256),
                Text.clip(f.value().isBlank() ? "—" : f.value(), 1024), f.inline()));
        if (r.footer() != null) {
            e.setFooter(Text.clip(r.footer(), 2048));
        }
        MessageCreateBuilder b = new MessageCreateBuilder().setEmbeds(e.build()).setAllowedMentions(List.of());
        if (!r.buttons().isEmpty()) {
            List<Button> buttons = new ArrayList<>();
            for (Reply.Button x : r.buttons()) {
                String id = Text.clip(x.value(), 100);
                String label = Text.clip(x.label(), 80);
                buttons.add(switch (x.style()) {
                    case PRIMARY -> Button.success(id, label);
                    case DANGER -> Button.danger(id, label);
                    case DEFAULT -> Button.secondary(id, label);
                });
            }
            b.setComponents(List.of(ActionRow.of(buttons)));
        }
        return b.build();
    }
}
