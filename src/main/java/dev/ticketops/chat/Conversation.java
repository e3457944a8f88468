package dev.ticketops.chat;

import dev.ticketops.app.ChangeTerms;
import dev.ticketops.app.CloseTicket;
import dev.ticketops.app.DecideEstimate;
import dev.ticketops.app.DecideOverrun;
import dev.ticketops.app.EndPortalSessions;
import dev.ticketops.app.MintPortalLink;
import dev.ticketops.app.IssueInvoice;
import dev.ticketops.app.LinkChannel;
import dev.ticketops.app.ListInvoices;
import dev.ticketops.app.ListTickets;
import dev.ticketops.app.LogTime;
import dev.ticketops.app.OncePerRequest;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.app.OverrideOverdue;
import dev.ticketops.app.PostEstimate;
import dev.ticketops.app.PreviewDigest;
import dev.ticketops.app.RecordPayment;
import dev.ticketops.app.ReopenTicket;
import dev.ticketops.app.SetBillable;
import dev.ticketops.app.ShowInvoice;
import dev.ticketops.app.ShowTicket;
import dev.ticketops.app.UndoTime;
import dev.ticketops.app.UseCaseCommand;
import dev.ticketops.app.UseCases;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.StoreUnavailable;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.TicketNumber;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform-neutral conversation: a slash command or a button click in, a {@link Reply} out. Both the Slack and
 * the Discord adapters call this with the use cases the composition root built. A delivery with a request key acts
 * once ({@link OncePerRequest}); a repeat gets the first reply.
 */
public final class Conversation {
    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final UseCases app;
    private final java.time.Duration patience;
    private final Syntax syntax;

    /** {@code syntax}: how the platform this conversation answers writes commands, for hints, usage and help. */
    public Conversation(UseCases app, Syntax syntax) {
        this(app, null, syntax);
    }

    /**
     * {@code patience}: how long a request may wait for the database in all before it is answered that nothing was
     * changed (Slack gives an answer 3 seconds); null waits as long as the pool's own timeouts allow.
     */
    public Conversation(UseCases app, java.time.Duration patience, Syntax syntax) {
        this.app = app;
        this.patience = patience;
        this.syntax = java.util.Objects.requireNonNull(syntax, "syntax");
    }

    /**
     * What a delivery got: the reply, and whether this delivery acted ({@code first}) or repeated an earlier one with
     * the same request key — adapters only cause side effects (messages, modals) for the first.
     */
    public record Answer(Reply reply, boolean first, TicketNumber ticket) {
        public Answer(Reply reply, boolean first) {
            this(reply, first, null);
        }

        public Answer about(TicketNumber t) {
            return new Answer(reply, first, t);
        }

        /** ok, refused or error: how the request ended, for metrics and logs. */
        public String outcome() {
            return switch (reply.tone()) {
                case REFUSAL -> "refused";
                case ERROR -> "error";
                default -> "ok";
            };
        }
    }

    /** Handles a slash command. */
    public Reply handle(ChatRequest r) {
        return answer(r).reply();
    }

    /** Credentials in the text are redacted before it is parsed: no part of the system sees them. */
    public Answer answer(ChatRequest r) {
        TypedText typed = new TypedText();
        Command command = CommandParser.parse(r.caller(), r.channel(), r.command(), typed.redact(r.text()));
        if (isPortalLink(command)) {
            return portalLink(command);
        }
        return once(r.requestKey(), () -> Cards.withCredentialAdvice(execute(command), typed.kinds()))
                .about(ticketOf(command));
    }

    /**
     * A command whose fields a person typed one by one (Discord's options, Slack's form): the adapter reads it with
     * every typed text passed through {@code clean} first, so credentials are redacted before anything parses them.
     */
    @FunctionalInterface
    public interface TypedCommand {
        Command read(java.util.function.UnaryOperator<String> clean);
    }

    /** Handles a command an adapter reads from typed fields; credentials in them are redacted first. */
    public Answer answer(TypedCommand fields, String requestKey) {
        TypedText typed = new TypedText();
        Command command = fields.read(typed::redact);
        if (isPortalLink(command)) {
            return portalLink(command);
        }
        return once(requestKey, () -> Cards.withCredentialAdvice(execute(command), typed.kinds()))
                .about(ticketOf(command));
    }

    private static boolean isPortalLink(Command command) {
        return command instanceof Command.Run run && run.command() instanceof MintPortalLink.Command;
    }

    /**
     * A sign-in link is answered outside {@link OncePerRequest}: that would keep the reply — the link's secret — with
     * the request key, and only the secret's hash may be stored. A repeated delivery mints a second link (each works
     * once).
     */
    private Answer portalLink(Command command) {
        MintPortalLink.Command c = (MintPortalLink.Command) ((Command.Run) command).command();
        try {
            return new Answer(render(app.portal().mintLink().execute(c), PortalCards::link), true);
        } catch (StoreUnavailable e) {
            LOG.warn("portal link not minted: {}", e.getMessage());
            return new Answer(StatusCards.unavailable(e.mayHaveCommitted()), true);
        } catch (RuntimeException e) {
            LOG.error("portal link failed", e);
            return new Answer(StatusCards.error(), true);
        }
    }

    /** The ticket a command is about, if any (for request logs and metrics): read from the parsed command. */
    static TicketNumber ticketOf(Command command) {
        if (!(command instanceof Command.Run run)) {
            return null;
        }
        UseCaseCommand c = run.command();
        if (c instanceof ShowTicket.Query s) {
            return s.ticket();
        } else if (c instanceof CloseTicket.Command s) {
            return s.ticket();
        } else if (c instanceof ReopenTicket.Command s) {
            return s.ticket();
        } else if (c instanceof SetBillable.Command s) {
            return s.ticket();
        } else if (c instanceof PostEstimate.Command s) {
            return s.ticket();
        } else if (c instanceof LogTime.Command s) {
            return s.ticket();
        } else if (c instanceof OverrideOverdue.Command s) {
            return s.ticket();
        } else if (c instanceof dev.ticketops.app.ReplyToTicket.Command s) {
            return s.ticket();
        } else if (c instanceof dev.ticketops.app.AssignTicket.Command s) {
            return s.ticket();
        } else if (c instanceof dev.ticketops.app.StartTimer.Command s) {
            return s.ticket();
        }
        return null;
    }

    /** Answers a direct message or a mention: the ticket-only rule, once per delivery. */
    public Answer ticketOnly(String requestKey) {
        return once(requestKey, () -> StatusCards.ticketOnly(syntax));
    }

    /**
     * A message a person wrote in a channel thread (Slack Events API, Discord's gateway): recorded in the ticket's
     * conversation when the thread is a ticket's, ignored otherwise. Failures are logged; the platform is not answered.
     */
    public dev.ticketops.app.RecordThreadMessage.Recorded threadMessage(dev.ticketops.app.RecordThreadMessage.Command c) {
        try {
            return app.recordThreadMessage().execute(c);
        } catch (RuntimeException e) {
            LOG.warn("thread message {} not recorded: {}", c.messageId(), e.toString());
            return new dev.ticketops.app.RecordThreadMessage.Recorded(null,
                    dev.ticketops.app.RecordThreadMessage.Outcome.NOT_A_TICKET_THREAD, java.util.Set.of());
        }
    }

    /** An edit ({@code text}) or deletion (null) of a message the platform reported; false when nothing changed. */
    public boolean threadMessageChanged(dev.ticketops.app.EditThreadMessage.Command c) {
        try {
            return app.editThreadMessage().execute(c);
        } catch (RuntimeException e) {
            LOG.warn("thread message {} change not recorded: {}", c.messageId(), e.toString());
            return false;
        }
    }

    /** Handles a button click. */
    public Reply click(ChatAction a) {
        return clickAnswer(a).reply();
    }

    /**
     * A decision's new card (the estimate "Approved by …", the extra-time card) is written to the outbox in the
     * decision's transaction, addressed to the clicked message ({@link ChatAction#card()}), and delivered by the relay
     * with its retries: it survives a platform outage and a restart, and a repeated delivery of the click (rolled back
     * by {@link OncePerRequest}) writes none.
     */
    public Answer clickAnswer(ChatAction a) {
        var triage = ActionCodec.decodeTriage(a.value());
        if (triage.isPresent()) {
            var t = triage.get();
            return once(a.requestKey(), () -> t.action() == ActionCodec.Triage.TAKE
                    ? render(app.assignTicket().execute(new dev.ticketops.app.AssignTicket.Command(a.caller(), t.ticket(), null)),
                    ConversationReplies::assigned)
                    : render(app.setBillable().execute(new SetBillable.Command(a.caller(), t.ticket(), false)),
                    b -> TicketCards.billable(b, syntax))).about(t.ticket());
        }
        var decoded = ActionCodec.decode(a.value());
        TicketNumber about = decoded.map(ActionCodec.ButtonAction::ticket).orElse(null);
        return once(a.requestKey(), () -> {
            if (decoded.isEmpty()) {
                return refusal("That button is not one I know, or it is out of date.", syntax.hint(Hint.run("See the ticket with ",
                        Suggestion.of(Action.SHOW_TICKET), " and use its newest estimate message.")));
            }
            var d = decoded.get();
            if (d.target() == ActionCodec.Target.RATING) {
                return render(app.rateTicket().execute(new dev.ticketops.app.RateTicket.Command(a.caller(), d.ticket(),
                        d.decision() == dev.ticketops.domain.Decision.APPROVED, null)), ClockCards::rated);
            }
            if (d.target() == ActionCodec.Target.EXTRA_TIME) {
                var result = app.decideOverrun().execute(new DecideOverrun.Command(a.caller(), d.ticket(), d.id(), d.decision()));
                if (result instanceof Result.Ok<DecideOverrun.Decided> ok && ok.value().changed()) {
                    replaceCard(a, DecisionCards.extraTime(ok.value()));
                }
                return render(result, TicketCards::overrunDecided);
            }
            var result = app.decideEstimate().execute(new DecideEstimate.Command(a.caller(), d.ticket(), d.id(), d.decision()));
            if (result instanceof Result.Ok<DecideEstimate.Decided> ok && ok.value().changed()) {
                replaceCard(a, DecisionCards.estimate(ok.value()));
            }
            return render(result, TicketCards::decided);
        }).about(about);
    }

    private void replaceCard(ChatAction a, Notice card) {
        if (a.card() != null) {
            app.replaceCard().execute(a.channel(), a.card(), card);
        }
    }

    private Reply execute(Command command) {
        if (command instanceof Command.Help h) {
            return StatusCards.help(h.topic(), syntax);
        } else if (command instanceof Command.Invalid i) {
            return refusal(i.reason(), "Usage:\n" + syntax.usage(i.usageOf()) + (i.also().isEmpty() ? "" : "\n" + syntax.hint(i.also())));
        }
        UseCaseCommand c = ((Command.Run) command).command();
        if (c instanceof OpenTicket.Command o) {
            return render(app.openTicket().execute(o), o2 -> TicketCards.opened(o2, syntax));
        } else if (c instanceof ListTickets.Query l) {
            return render(app.listTickets().execute(l), l2 -> TicketCards.list(l2, syntax));
        } else if (c instanceof ShowTicket.Query s) {
            return render(app.showTicket().execute(s), d -> TicketCards.details(d, syntax));
        } else if (c instanceof CloseTicket.Command x) {
            return render(app.closeTicket().execute(x), TicketCards::closed);
        } else if (c instanceof ReopenTicket.Command r) {
            return render(app.reopenTicket().execute(r), r2 -> TicketCards.reopened(r2, syntax));
        } else if (c instanceof SetBillable.Command b) {
            return render(app.setBillable().execute(b), b2 -> TicketCards.billable(b2, syntax));
        } else if (c instanceof LinkChannel.Command l) {
            return render(app.linkChannel().execute(l), TicketCards::linked);
        } else if (c instanceof PostEstimate.Command e) {
            return render(app.postEstimate().execute(e), TicketCards::estimated);
        } else if (c instanceof LogTime.Command l) {
            return render(app.logTime().execute(l), l2 -> TicketCards.logged(l2, syntax));
        } else if (c instanceof UndoTime.Command u) {
            return render(app.undoTime().execute(u), TicketCards::undone);
        } else if (c instanceof PreviewDigest.Query q) {
            return render(app.previewDigest().execute(q), d -> DigestCard.digest(d, Reply.Visibility.PRIVATE));
        } else if (c instanceof IssueInvoice.Command i) {
            return render(app.issueInvoice().execute(i), i2 -> BillingCards.issued(i2, syntax));
        } else if (c instanceof RecordPayment.Command p) {
            return render(app.recordPayment().execute(p), BillingCards::paid);
        } else if (c instanceof ListInvoices.Query l) {
            return render(app.listInvoices().execute(l), l2 -> BillingCards.invoices(l2, syntax));
        } else if (c instanceof ShowInvoice.Query s) {
            return render(app.showInvoice().execute(s), BillingCards::invoice);
        } else if (c instanceof ChangeTerms.Command t) {
            return render(app.changeTerms().execute(t), t2 -> BillingCards.terms(t2, syntax));
        } else if (c instanceof OverrideOverdue.Command o) {
            return render(app.overrideOverdue().execute(o), BillingCards::overridden);
        } else if (c instanceof DecideEstimate.Command d) {
            return render(app.decideEstimate().execute(d), TicketCards::decided);
        } else if (c instanceof DecideOverrun.Command d) {
            return render(app.decideOverrun().execute(d), TicketCards::overrunDecided);
        } else if (c instanceof EndPortalSessions.Command e) {
            return render(app.portal().endSessions().execute(e), e2 -> PortalCards.ended(e2, syntax));
        } else if (c instanceof dev.ticketops.app.StartTimer.Command s) {
            return render(app.startTimer().execute(s), s2 -> ClockCards.started(s2, syntax));
        } else if (c instanceof dev.ticketops.app.StopTimer.Command s) {
            return render(app.stopTimer().execute(s), s2 -> ClockCards.stopped(s2, syntax));
        } else if (c instanceof dev.ticketops.app.ShowTimers.Query q) {
            return render(app.showTimers().execute(q), l -> ClockCards.timers(l, syntax));
        } else if (c instanceof dev.ticketops.app.ReplyToTicket.Command r) {
            return render(app.replyToTicket().execute(r), ConversationReplies::replied);
        } else if (c instanceof dev.ticketops.app.AssignTicket.Command a) {
            return render(app.assignTicket().execute(a), ConversationReplies::assigned);
        } else if (c instanceof dev.ticketops.app.ListMyTickets.Query l) {
            return render(app.listMyTickets().execute(l), l2 -> ConversationReplies.mine(l2, syntax));
        }
        throw new IllegalArgumentException("unhandled command " + c);
    }

    private <T> Reply render(Result<T> result, Function<T, Reply> card) {
        if (result instanceof Result.Refused<T> r) {
            return refusal(r.reason(), syntax.hint(r.hint()));
        }
        return card.apply(result.orElseThrow());
    }

    /**
     * A refusal may quote what the person typed ("“…” is not a duration"): credentials in it are redacted before the
     * reply is shown or stored, like everything else.
     */
    static Reply refusal(String reason, String hint) {
        return Reply.refusal(reason, hint).mapText(t -> CredentialScanner.redact(t).text());
    }

    /**
     * Runs {@code work} through {@link OncePerRequest} (one transaction, once per request key, the reply stored with
     * the key). Failures roll everything back and are answered with an apology; a database that cannot be reached is
     * answered at once that nothing was changed (no second wait to look the key up).
     */
    private Answer once(String requestKey, Supplier<Reply> work) {
        try {
            var once = app.once().run(requestKey, patience, work, REPLIES);
            return new Answer(once.answer(), once.first());
        } catch (StoreUnavailable e) {
            LOG.warn("request not recorded: {}", e.getMessage());
            return new Answer(StatusCards.unavailable(e.mayHaveCommitted()), true);
        } catch (RuntimeException e) {
            LOG.error("request failed", e);
            return new Answer(StatusCards.error(), true);
        }
    }

    /** A reply kept with its request key, as {@link ReplyCodec} writes it. */
    private static final OncePerRequest.Memo<Reply> REPLIES = new OncePerRequest.Memo<>() {
        @Override
        public String write(Reply reply) {
            return ReplyCodec.write(reply);
        }

        @Override
        public Reply read(String stored) {
            return ReplyCodec.read(stored);
        }

        @Override
        public Reply lost() {
            return Reply.privately().text("This request was already handled.").build();
        }
    };
}
