package dev.ticketops.chat;

import dev.ticketops.domain.CredentialScanner;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a person typed, with credentials taken out once, where it enters the conversation: the raw text of a slash
 * command before it is parsed, or each typed field of a command that arrives already split (Discord options, the
 * Slack form). Everything later — use cases, stored rows, replies, stored replies — only ever sees the redacted text.
 */
final class TypedText {
    private final Set<String> kinds = new LinkedHashSet<>();

    /** The kinds of credential removed so far, in the order they were found. */
    Set<String> kinds() {
        return kinds;
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        var r = CredentialScanner.redact(text);
        kinds.addAll(r.kinds());
        return r.text();
    }

    /** The same command with every field a person typed redacted. */
    Command redact(Command c) {
        if (c instanceof Command.OpenTicket o) {
            return new Command.OpenTicket(redact(o.title()), redact(o.description()), o.urgent());
        } else if (c instanceof Command.CloseTicket x) {
            return new Command.CloseTicket(x.ticket(), redact(x.summary()));
        } else if (c instanceof Command.LinkChannel x) {
            return new Command.LinkChannel(redact(x.clientName()));
        } else if (c instanceof Command.Estimate x) {
            return new Command.Estimate(x.ticket(), redact(x.range()), redact(x.note()));
        } else if (c instanceof Command.LogTime x) {
            return new Command.LogTime(x.ticket(), redact(x.duration()), redact(x.note()));
        } else if (c instanceof Command.IssueInvoice x) {
            return new Command.IssueInvoice(redact(x.client()));
        } else if (c instanceof Command.RecordPayment x) {
            return new Command.RecordPayment(redact(x.number()), redact(x.amount()), redact(x.method()), redact(x.reference()));
        } else if (c instanceof Command.ListInvoices x) {
            return new Command.ListInvoices(redact(x.client()));
        } else if (c instanceof Command.ShowInvoice x) {
            return new Command.ShowInvoice(redact(x.number()));
        } else if (c instanceof Command.ClientTerms x) {
            return new Command.ClientTerms(redact(x.client()), redact(x.rate()), redact(x.term()), redact(x.contact()), x.billHere());
        } else if (c instanceof Command.OverrideOverdue x) {
            return new Command.OverrideOverdue(x.ticket(), redact(x.reason()));
        } else if (c instanceof Command.Invalid x) {
            return new Command.Invalid(redact(x.reason()), x.usageOf(), x.also());
        } else if (c instanceof Command.Help x) {
            return new Command.Help(redact(x.topic()));
        }
        // the rest carry no typed text: ticket numbers, flags
        return c;
    }
}
