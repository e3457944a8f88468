package dev.ticketops.discord;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.app.port.ThreadRef;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.chat.Reply;
import dev.ticketops.chat.Syntax;
import dev.ticketops.outbound.Resilience;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gateway mode, for self-hosters without a public URL: a JDA listener turns slash commands, button clicks,
 * autocomplete and DMs into the same {@link DiscordInteraction}s the HTTP endpoint produces, and calls the same
 * {@link DiscordInteractions} handler. Messages the bot sends go through JDA too.
 */
public final class DiscordGateway extends ListenerAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordGateway.class);

    private final DiscordInteractions handler;
    private final GatewayDispatch dispatch;
    private volatile JDA jda;

    public DiscordGateway(DiscordInteractions handler, ExecutorService workers, Duration deferAfter,
                          dev.ticketops.ops.Observability obs) {
        this.handler = handler;
        this.dispatch = new GatewayDispatch(handler::handle, workers, deferAfter, obs);
    }

    /**
     * Connects to the gateway: guild and DM messages, and their content (MESSAGE_CONTENT, a privileged intent to turn
     * on in the Developer Portal) — what people write in ticket threads is the tickets' conversation.
     */
    public DiscordGateway connect(String botToken) {
        this.jda = JDABuilder.createLight(botToken, GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES,
                        GatewayIntent.MESSAGE_CONTENT)
                .addEventListeners(this)
                .build();
        return this;
    }

    public MessageSender sender(Resilience resilience) {
        return new MessageSender() {
            @Override
            public String send(Destination d, Reply reply) throws DeliveryException {
                return deliver(resilience, d, reply);
            }

            @Override
            public ThreadRef startThread(Destination d, Reply reply, String name) throws DeliveryException {
                return resilience.call(d.id(), () -> jdaCall(j -> {
                    MessageChannel channel = channel(j, d.id(), d.direct());
                    var card = channel.sendMessage(JdaMessages.create(reply)).complete();
                    String thread = null;
                    if (!d.direct()) {
                        try {
                            thread = card.createThreadChannel(name).complete().getId();
                        } catch (RuntimeException e) {
                            LOG.warn("Discord gave no thread on the card {} ({}); the ticket's messages go to the channel",
                                    card.getId(), e.getMessage());
                        }
                    }
                    return new ThreadRef(d.platform(), d.workspaceId(), channel.getId(), card.getId(), thread);
                }));
            }

            @Override
            public String sendInThread(ThreadRef thread, boolean broadcast, Reply reply) throws DeliveryException {
                return resilience.call(thread.channelId(), () -> jdaCall(j -> channel(j, thread.threadId(), false)
                        .sendMessage(JdaMessages.create(reply)).complete().getId()));
            }

            @Override
            public Syntax syntax() {
                return DiscordSyntax.INSTANCE;
            }
        };
    }

    @FunctionalInterface
    private interface JdaWork<T> {
        T run(JDA jda) throws DeliveryException;
    }

    private <T> T jdaCall(JdaWork<T> work) throws DeliveryException {
        JDA j = jda;
        if (j == null) {
            throw DeliveryException.retryable("the Discord gateway is not connected yet", Duration.ofSeconds(5));
        }
        try {
            return work.run(j);
        } catch (net.dv8tion.jda.api.exceptions.ErrorResponseException e) {
            throw new DeliveryException("Discord: " + e.getMeaning(), e.isServerError(), null, e);
        } catch (RuntimeException e) {
            throw new DeliveryException("Discord: " + e.getMessage(), true, null, e);
        }
    }

    private static MessageChannel channel(JDA j, String id, boolean direct) throws DeliveryException {
        MessageChannel channel = direct ? j.openPrivateChannelById(id).complete() : j.getChannelById(MessageChannel.class, id);
        if (channel == null) {
            throw DeliveryException.permanent("Discord channel " + id + " is not visible to the bot");
        }
        return channel;
    }

    private String deliver(Resilience resilience, Destination d, Reply reply) throws DeliveryException {
        return resilience.call(d.id(), () -> {
            JDA j = jda;
            if (j == null) {
                throw DeliveryException.retryable("the Discord gateway is not connected yet", Duration.ofSeconds(5));
            }
            try {
                MessageChannel channel = d.direct() ? j.openPrivateChannelById(d.id()).complete()
                        : j.getChannelById(MessageChannel.class, d.id());
                if (channel == null) {
                    throw DeliveryException.permanent("Discord channel " + d.id() + " is not visible to the bot");
                }
                if (d.replaces() != null && d.replaces().messageId() != null) {
                    // a decided card replaces the clicked one in place, buttons gone (never a second message)
                    return channel.editMessageById(d.replaces().messageId(), MessageEditData.fromCreateData(JdaMessages.create(reply)))
                            .setComponents(List.of()).complete().getId();
                }
                return channel.sendMessage(JdaMessages.create(reply)).complete().getId();
            } catch (net.dv8tion.jda.api.exceptions.ErrorResponseException e) {
                throw new DeliveryException("Discord: " + e.getMeaning(), e.isServerError(), null, e);
            } catch (RuntimeException e) {
                throw new DeliveryException("Discord: " + e.getMessage(), true, null, e);
            }
        });
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        DiscordInteraction i = new DiscordInteraction(event.getId(), DiscordInteraction.COMMAND, null, null,
                event.getGuild() == null ? null : event.getGuild().getId(), event.getChannelId(), event.getUser().getId(),
                event.getUser().getEffectiveName(), roleIds(event.getMember()), roleNames(event.getMember()), event.getName(),
                event.getSubcommandName(), options(event.getOptions()), null, null);
        dispatch.command(i, new JdaExchange(event));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        DiscordInteraction i = new DiscordInteraction(event.getId(), DiscordInteraction.COMPONENT, null, null,
                event.getGuild() == null ? null : event.getGuild().getId(), event.getChannelId(), event.getUser().getId(),
                event.getUser().getEffectiveName(), roleIds(event.getMember()), roleNames(event.getMember()), null, null,
                Map.of(), null, event.getComponentId(), event.getMessageId());
        dispatch.click(i, new JdaExchange(event));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        Map<String, Object> options = options(event.getOptions());
        options.put(event.getFocusedOption().getName(), event.getFocusedOption().getValue());
        DiscordInteraction i = new DiscordInteraction(event.getId(), DiscordInteraction.AUTOCOMPLETE, null, null,
                event.getGuild() == null ? null : event.getGuild().getId(), event.getChannelId(), event.getUser().getId(),
                event.getUser().getEffectiveName(), roleIds(event.getMember()), roleNames(event.getMember()), event.getName(),
                event.getSubcommandName(), options, event.getFocusedOption().getName(), null);
        DiscordOutcome o = handler.handle(i);
        event.replyChoices(o.choices().stream().map(c -> new Command.Choice(c.name(), c.value())).toList()).queue();
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.isWebhookMessage()) {
            return;
        }
        if (isThread(event.getChannelType())) {
            Member m = event.getMember();
            handler.threadMessage(event.isFromGuild() ? event.getGuild().getId() : null, event.getChannel().getId(),
                    event.getMessageId(), event.getAuthor().getId(), event.getAuthor().getEffectiveName(), roleIds(m),
                    roleNames(m), event.getMessage().getContentRaw());
            return;
        }
        if (!event.isFromType(ChannelType.PRIVATE)) {
            return;
        }
        var answer = handler.directMessage(event.getMessageId());
        if (answer.first()) {
            event.getChannel().sendMessage(JdaMessages.create(answer.reply())).queue();
        }
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        if (!event.getAuthor().isBot() && isThread(event.getChannelType())) {
            handler.threadMessageChanged(event.getChannel().getId(), event.getMessageId(), event.getMessage().getContentRaw());
        }
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        if (isThread(event.getChannelType())) {
            handler.threadMessageChanged(event.getChannel().getId(), event.getMessageId(), null);
        }
    }

    private static boolean isThread(ChannelType type) {
        return type != null && type.isThread();
    }

    private static Map<String, Object> options(List<OptionMapping> options) {
        Map<String, Object> m = new HashMap<>();
        for (OptionMapping o : options) {
            switch (o.getType()) {
                case INTEGER -> m.put(o.getName(), o.getAsLong());
                case BOOLEAN -> m.put(o.getName(), o.getAsBoolean());
                default -> m.put(o.getName(), o.getAsString());
            }
        }
        return m;
    }

    private static List<String> roleIds(Member m) {
        return m == null ? List.of() : m.getRoles().stream().map(Role::getId).toList();
    }

    private static List<String> roleNames(Member m) {
        return m == null ? List.of() : m.getRoles().stream().map(Role::getName).toList();
    }

    @Override
    public void close() {
        JDA j = jda;
        if (j != null) {
            j.shutdown();
            try {
                if (!j.awaitShutdown(Duration.ofSeconds(5))) {
                    j.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
