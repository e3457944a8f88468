package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.World;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mockito.ArgumentCaptor;

/** Gateway mode: mocked JDA events go through the same handler as the HTTP endpoint, on a real MariaDB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordGatewayTest {
    static final String GUILD = "222222222222222222";
    static final String CHANNEL = "700000000000000100";

    final World w = new World();
    final ExecutorService workers = Executors.newFixedThreadPool(2);
    final DiscordSettings settings = new DiscordSettings(DiscordSettings.Mode.GATEWAY, Optional.empty(), Optional.empty(),
            Optional.of("token"), DiscordSettings.DEFAULT_API_URL, Optional.of(GUILD), Set.of("100000000000000001"), Optional.of("Support"));
    final DiscordInteractions handler = new DiscordInteractions(w.chat, w.app.listTickets(), settings,
            (g, r) -> Set.of());
    final DiscordGateway gateway = new DiscordGateway(handler, workers, Duration.ofSeconds(2),
            new dev.ticketops.ops.Observability(java.time.Clock.systemUTC()));

    @AfterAll
    void close() {
        workers.shutdownNow();
        w.close();
    }

    static User user(String id, String name) {
        User u = mock(User.class);
        when(u.getId()).thenReturn(id);
        when(u.getEffectiveName()).thenReturn(name);
        return u;
    }

    static Member member(String... roleNames) {
        Member m = mock(Member.class);
        List<Role> roles = java.util.Arrays.stream(roleNames).map(n -> {
            Role r = mock(Role.class);
            when(r.getName()).thenReturn(n);
            when(r.getId()).thenReturn("9" + Math.abs(n.hashCode()));
            return r;
        }).toList();
        when(m.getRoles()).thenReturn(roles);
        return m;
    }

    static OptionMapping option(String name, OptionType type, Object value) {
        OptionMapping o = mock(OptionMapping.class);
        when(o.getName()).thenReturn(name);
        when(o.getType()).thenReturn(type);
        when(o.getAsString()).thenReturn(value.toString());
        if (value instanceof Long l) {
            when(o.getAsLong()).thenReturn(l);
        }
        if (value instanceof Boolean b) {
            when(o.getAsBoolean()).thenReturn(b);
        }
        return o;
    }

    MessageCreateData slash(User u, Member m, String name, String sub, List<OptionMapping> options, boolean expectEphemeral) {
        SlashCommandInteractionEvent e = mock(SlashCommandInteractionEvent.class);
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(GUILD);
        when(e.getId()).thenReturn(DiscordClientIds.next());
        when(e.getGuild()).thenReturn(guild);
        when(e.getChannelId()).thenReturn(CHANNEL);
        when(e.getUser()).thenReturn(u);
        when(e.getMember()).thenReturn(m);
        when(e.getName()).thenReturn(name);
        when(e.getSubcommandName()).thenReturn(sub);
        when(e.getOptions()).thenReturn(options);
        ReplyCallbackAction action = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(e.reply(any(MessageCreateData.class))).thenReturn(action);
        gateway.onSlashCommandInteraction(e);
        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(e).reply(sent.capture());
        verify(action).setEphemeral(expectEphemeral);
        verify(action).queue();
        return sent.getValue();
    }

    static String words(MessageCreateData d) {
        StringBuilder sb = new StringBuilder();
        for (MessageEmbed e : d.getEmbeds()) {
            sb.append(e.getTitle()).append('\n').append(e.getDescription()).append('\n');
            e.getFields().forEach(f -> sb.append(f.getName()).append(": ").append(f.getValue()).append('\n'));
        }
        return sb.toString();
    }

    @Test
    void slashCommands_buttons_autocompleteAndDMs_useTheSameHandlers() {
        User alice = user("100000000000000002", "alice");
        User sam = user("100000000000000001", "sam");
        User rita = user("100000000000000007", "rita");

        // the answer is the opener's (ephemeral): the ticket card everyone sees is the bot's, through the outbox
        MessageCreateData opened = slash(alice, member(), "ticket", "open",
                List.of(option("title", OptionType.STRING, "Gateway printer"), option("urgent", OptionType.BOOLEAN, false)), true);
        assertThat(words(opened)).contains("opened – Gateway printer");
        long n = Long.parseLong(words(opened).replaceAll("(?s).*Ticket #(\\d+) opened.*", "$1"));

        // a member of the staff role (by name, as JDA reports it) may estimate
        MessageCreateData estimated = slash(rita, member("Support"), "estimate", null,
                List.of(option("ticket", OptionType.INTEGER, n), option("hours", OptionType.STRING, "1-2h")), true);
        assertThat(words(estimated)).contains("Estimate for #" + n + " posted");
        long estimateId = w.ctx.tx(() -> w.ctx.stores().estimates().current(TicketNumber.of(n)).orElseThrow().id());

        ButtonInteractionEvent byStaff = button(sam, "approve:" + n + ":" + estimateId);
        ReplyCallbackAction refusal = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(byStaff.reply(any(MessageCreateData.class))).thenReturn(refusal);
        gateway.onButtonInteraction(byStaff);
        verify(refusal).setEphemeral(true);
        verify(byStaff, never()).editMessage(any(MessageEditData.class));

        ButtonInteractionEvent byClient = button(alice, "approve:" + n + ":" + estimateId);
        MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class, RETURNS_SELF);
        when(byClient.editMessage(any(MessageEditData.class))).thenReturn(edit);
        gateway.onButtonInteraction(byClient);
        ArgumentCaptor<MessageEditData> edited = ArgumentCaptor.forClass(MessageEditData.class);
        verify(byClient).editMessage(edited.capture());
        verify(edit).queue();
        assertThat(edited.getValue().getEmbeds().get(0).getDescription()).contains("Approved by @alice");

        CommandAutoCompleteInteractionEvent ac = mock(CommandAutoCompleteInteractionEvent.class);
        when(ac.getId()).thenReturn(DiscordClientIds.next());
        when(ac.getUser()).thenReturn(alice);
        when(ac.getChannelId()).thenReturn(CHANNEL);
        when(ac.getName()).thenReturn("ticket");
        when(ac.getSubcommandName()).thenReturn("show");
        when(ac.getOptions()).thenReturn(List.of());
        AutoCompleteQuery focused = new AutoCompleteQuery(option("ticket", OptionType.INTEGER, ""));
        when(ac.getFocusedOption()).thenReturn(focused);
        AutoCompleteCallbackAction choices = mock(AutoCompleteCallbackAction.class, RETURNS_SELF);
        when(ac.replyChoices(anyCollection())).thenReturn(choices);
        gateway.onCommandAutoCompleteInteraction(ac);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<Command.Choice>> offered = ArgumentCaptor.forClass(Collection.class);
        verify(ac).replyChoices(offered.capture());
        assertThat(offered.getValue()).extracting(Command.Choice::getAsLong).contains(n);

        MessageReceivedEvent dm = mock(MessageReceivedEvent.class);
        when(dm.isFromType(ChannelType.PRIVATE)).thenReturn(true);
        when(dm.getAuthor()).thenReturn(alice);
        when(dm.getMessageId()).thenReturn(DiscordClientIds.next());
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        MessageCreateAction send = mock(MessageCreateAction.class, RETURNS_SELF);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
        when(dm.getChannel()).thenReturn(channel);
        gateway.onMessageReceived(dm);
        ArgumentCaptor<MessageCreateData> dmReply = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(channel).sendMessage(dmReply.capture());
        assertThat(words(dmReply.getValue())).contains("No ticket = no work");
    }

    ButtonInteractionEvent button(User u, String customId) {
        ButtonInteractionEvent e = mock(ButtonInteractionEvent.class);
        when(e.getId()).thenReturn(DiscordClientIds.next());
        when(e.getUser()).thenReturn(u);
        when(e.getChannelId()).thenReturn(CHANNEL);
        when(e.getComponentId()).thenReturn(customId);
        return e;
    }

    static final class DiscordClientIds {
        private static long next = 800_000_000_000_000_000L;

        static synchronized String next() {
            return Long.toString(++next);
        }
    }
}
