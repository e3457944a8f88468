package dev.ticketops.discord;

import dev.ticketops.chat.Reply;
import java.util.List;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** A JDA slash-command or button event as a {@link GatewayExchange}: each answer is queued on JDA's own threads. */
final class JdaExchange implements GatewayExchange {
    private final IReplyCallback event;

    JdaExchange(IReplyCallback event) {
        this.event = event;
    }

    @Override
    public void reply(Reply reply, boolean ephemeral) {
        event.reply(JdaMessages.create(reply)).setEphemeral(ephemeral).queue();
    }

    @Override
    public void update(Reply reply) {
        if (!(event instanceof IMessageEditCallback edit)) {
            throw new IllegalStateException("only a button click can replace its message");
        }
        edit.editMessage(MessageEditData.fromCreateData(JdaMessages.create(reply))).setComponents(List.of()).queue();
    }

    @Override
    public void defer() {
        event.deferReply(true).queue();
    }

    @Override
    public void completeDeferred(Reply reply) {
        if (reply.isPublic()) {
            event.getHook().sendMessage(JdaMessages.create(reply)).setEphemeral(false).queue();
            event.getHook().deleteOriginal().queue();
        } else {
            event.getHook().editOriginal(MessageEditData.fromCreateData(JdaMessages.create(reply))).queue();
        }
    }
}
