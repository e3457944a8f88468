package dev.ticketops.app;

import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.TicketMessages;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Text;

/**
 * Follows an edit or a deletion the platform reports of a message in a ticket's conversation: the stored text is
 * replaced (credentials redacted again, with the same advice as a new message) or the message is marked deleted.
 * Messages that are not in a conversation are ignored.
 */
public final class EditThreadMessage {
    /** @param text the new text; null when the message was deleted */
    public record Command(Platform platform, String workspaceId, String channelId, String messageId, String text)
            implements UseCaseCommand {
    }

    private final Transactions transactions;
    private final TicketMessages messages;
    private final Tickets tickets;
    private final TicketThreadNotices notices;
    private final AgencyCalendar calendar;

    public EditThreadMessage(Transactions transactions, TicketMessages messages, Tickets tickets, TicketThreadNotices notices,
                             AgencyCalendar calendar) {
        this.transactions = transactions;
        this.messages = messages;
        this.tickets = tickets;
        this.notices = notices;
        this.calendar = calendar;
    }

    /** True when a stored message changed. */
    public boolean execute(Command c) {
        return transactions.inTransaction(() -> {
            var found = messages.find(c.platform(), c.workspaceId(), c.channelId(), c.messageId());
            if (found.isEmpty()) {
                return false;
            }
            var m = found.get();
            if (c.text() == null) {
                // on Discord the bot itself deletes a message with a credential and reposts it redacted: the redacted
                // message stays in the conversation
                if (m.platform() == Platform.DISCORD && m.redactions() != null) {
                    return false;
                }
                return messages.delete(m.id(), calendar.now());
            }
            var redacted = CredentialScanner.redact(c.text().strip());
            String text = Text.clip(redacted.text(), RecordThreadMessage.TEXT_MAX);
            if (text.equals(m.text())) {
                return false;
            }
            messages.edit(m.id(), text, redacted.kinds().isEmpty() ? m.redactions() : String.join(", ", redacted.kinds()),
                    calendar.now());
            if (!redacted.kinds().isEmpty()) {
                var t = tickets.find(m.ticket()).orElseThrow();
                notices.post(t, m.side(), new Notice.CredentialRedacted(t.number(), m.authorName(), text,
                        String.join(", ", redacted.kinds()), c.platform() == Platform.DISCORD ? c.messageId() : null));
            }
            return true;
        });
    }
}
