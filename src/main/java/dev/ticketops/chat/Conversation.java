package dev.ticketops.chat;

import dev.ticketops.app.ChangeTerms;
import dev.ticketops.app.CloseTicket;
import dev.ticketops.app.DecideOverrun;
import dev.ticketops.app.IssueInvoice;
import dev.ticketops.app.ListInvoices;
import dev.ticketops.app.OverrideOverdue;
import dev.ticketops.app.PreviewDigest;
import dev.ticketops.app.RecordPayment;
import dev.ticketops.app.ShowInvoice;
import dev.ticketops.app.Context;
import dev.ticketops.app.DecideEstimate;
import dev.ticketops.app.LinkChannel;
import dev.ticketops.app.ListTickets;
import dev.ticketops.app.LogTime;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.app.PostEstimate;
import dev.ticketops.app.ReopenTicket;
import dev.ticketops.app.SetBillable;
import dev.ticketops.app.ShowTicket;
import dev.ticketops.app.UndoTime;
import dev.ticketops.app.port.Destination;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform-neutral conversation: a slash command or a button click in, a {@link Reply} out. Both the Slack and
 * the Discord adapters call this. A delivery with a request key acts once; a repeat gets the first reply.
 */
public final class Conversation {
    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final Context ctx;
    private final OpenTicket openTicket;
    private final SetBillable setBillable;
    private final PostEstimate postEstimate;
    private final DecideEstimate decideEstimate;
    private final LogTime logTime;
    private final UndoTime undoTime;
    private final CloseTicket closeTicket;
    private final ReopenTicket reopenTicket;
    private final ShowTicket showTicket;
    private final ListTickets listTickets;
    private final LinkChannel linkChannel;
    private final DecideOverrun decideOverrun;
    private final IssueInvoice issueInvoice;
    private final RecordPayment recordPayment;
    private final ListInvoices listInvoices;
    private final ShowInvoice showInvoice;
    private final ChangeTerms changeTerms;
    private final OverrideOverdue overrideOverdue;
    private final PreviewDigest previewDigest;
    private final java.time.Duration patience;
    private final Syntax syntax;

    /** {@code syntax}: how the platform this conversation answers writes commands, for hints, usage and help. */
    public Conversation(Context ctx, Syntax syntax) {
        this(ctx, null, syntax);
    }

    /**
     * {@code patience}: how long a request may wait for the database in all before it is answered that nothing was
     * changed (Slack gives an answer 3 seconds); null waits as long as the pool's own timeouts allow.
     */
    public Conversation(Context ctx, java.time.Duration patience, Syntax syntax) {
        this.ctx = ctx;
        this.patience = patience;
        this.syntax = java.util.Objects.requireNonNull(syntax, "syntax");
        this.openTicket = new OpenTicket(ctx);
        this.setBillable = new SetBillable(ctx);
        this.postEstimate = new PostEstimate(ctx);
        this.decideEstimate = new DecideEstimate(ctx);
        this.logTime = new LogTime(ctx);
        this.undoTime = new UndoTime(ctx);
        this.closeTicket = new CloseTicket(ctx);
        this.reopenTicket = new ReopenTicket(ctx);
        this.showTicket = new ShowTicket(ctx);
        this.listTickets = new ListTickets(ctx);
        this.linkChannel = new LinkChannel(ctx);
        this.decideOverrun = new DecideOverrun(ctx);
        this.issueInvoice = new IssueInvoice(ctx);
        this.recordPayment = new RecordPayment(ctx);
        this.listInvoices = new ListInvoices(ctx);
        this.showInvoice = new ShowInvoice(ctx);
        this.changeTerms = new ChangeTerms(ctx);
        this.overrideOverdue = new OverrideOverdue(ctx);
        this.previewDigest = new PreviewDigest(ctx);
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
        Command command = CommandParser.parse(r.command(), typed.redact(r.text()));
        return once(r.requestKey(), () -> Cards.withCredentialAdvice(execute(r.caller(), r.channel(), command), typed.kinds()))
                .about(ticketOf(command));
    }

    /**
     * Handles an already-parsed command (Discord's typed options, Slack's modal arrive this way); credentials in its
     * typed fields are redacted first.
     */
    public Answer answer(Caller caller, ChannelRef channel, Command command, String requestKey) {
        TypedText typed = new TypedText();
        Command clean = typed.redact(command);
        return once(requestKey, () -> Cards.withCredentialAdvice(execute(caller, channel, clean), typed.kinds()))
                .about(ticketOf(clean));
    }

    /** The ticket a command is about, if any (for request logs and metrics). */
    static TicketNumber ticketOf(Command c) {
        if (c instanceof Command.ShowTicket s) {
            return s.ticket();
        } else if (c instanceof Command.CloseTicket s) {
            return s.ticket();
        } else if (c instanceof Command.ReopenTicket s) {
            return s.ticket();
        } else if (c instanceof Command.SetBillable s) {
            return s.ticket();
        } else if (c instanceof Command.Estimate s) {
            return s.ticket();
        } else if (c instanceof Command.LogTime s) {
            return s.ticket();
        } else if (c instanceof Command.OverrideOverdue s) {
            return s.ticket();
        }
        return null;
    }

    /** Answers a direct message or a mention: the ticket-only rule, once per delivery. */
    public Answer ticketOnly(String requestKey) {
        return once(requestKey, () -> StatusCards.ticketOnly(syntax));
    }

    /** Handles a button click. */
    public Reply click(ChatAction a) {
        return clickAnswer(a).reply();
    }

    /**
     * A decision's new card (the estimate "Approved by …", the extra-time card) is written to the outbox in the
     * decision's transaction, addressed to the clicked message ({@link ChatAction#card()}), and delivered by the relay
     * with its retries: it survives a platform outage and a restart, and a repeated delivery of the click (rolled back
     * by {@link #once}) writes none.
     */
    public Answer clickAnswer(ChatAction a) {
        TicketNumber about = ActionCodec.decode(a.value()).map(ActionCodec.ButtonAction::ticket).orElse(null);
        return once(a.requestKey(), () -> {
            var decoded = ActionCodec.decode(a.value());
            if (decoded.isEmpty()) {
                return refusal("That button is not one I know, or it is out of date.", syntax.hint(Hint.run("See the ticket with ",
                        Suggestion.of(Action.SHOW_TICKET), " and use its newest estimate message.")));
            }
            var d = decoded.get();
            return ctx.tx(() -> {
                if (d.target() == ActionCodec.Target.EXTRA_TIME) {
                    var result = decideOverrun.execute(new DecideOverrun.Command(a.caller(), d.ticket(), d.id(), d.decision()));
                    if (result instanceof Result.Ok<DecideOverrun.Decided> ok && ok.value().changed()) {
                        replaceCard(a, DecisionCards.extraTime(ok.value()));
                    }
                    return render(result, TicketCards::overrunDecided);
                }
                var result = decideEstimate.execute(new DecideEstimate.Command(a.caller(), d.ticket(), d.id(), d.decision()));
                if (result instanceof Result.Ok<DecideEstimate.Decided> ok && ok.value().changed()) {
                    replaceCard(a, DecisionCards.estimate(ok.value()));
                }
                return render(result, TicketCards::decided);
            });
        }).about(about);
    }

    private void replaceCard(ChatAction a, Notice card) {
        if (a.card() != null) {
            ctx.stores().outbox().enqueue(Destination.replacing(a.channel(), a.card()), card, ctx.now());
        }
    }

    private Reply execute(Caller caller, ChannelRef channel, Command command) {
        if (command instanceof Command.Help h) {
            return StatusCards.help(h.topic(), syntax);
        } else if (command instanceof Command.Invalid i) {
            return refusal(i.reason(), "Usage:\n" + syntax.usage(i.usageOf()) + (i.also().isEmpty() ? "" : "\n" + syntax.hint(i.also())));
        } else if (command instanceof Command.OpenTicket o) {
            return render(openTicket.execute(new OpenTicket.Command(caller, channel, o.title(), o.description(), o.urgent())),
                    o2 -> TicketCards.opened(o2, syntax));
        } else if (command instanceof Command.ListTickets l) {
            return render(listTickets.execute(new ListTickets.Query(caller, l.openOnly())), l2 -> TicketCards.list(l2, syntax));
        } else if (command instanceof Command.ShowTicket s) {
            return render(showTicket.execute(new ShowTicket.Query(caller, s.ticket())), d -> TicketCards.details(d, syntax));
        } else if (command instanceof Command.CloseTicket c) {
            return render(closeTicket.execute(new CloseTicket.Command(caller, c.ticket(), c.summary())), TicketCards::closed);
        } else if (command instanceof Command.ReopenTicket r) {
            return render(reopenTicket.execute(new ReopenTicket.Command(caller, r.ticket())), r2 -> TicketCards.reopened(r2, syntax));
        } else if (command instanceof Command.SetBillable b) {
            return render(setBillable.execute(new SetBillable.Command(caller, b.ticket(), b.billable())), b2 -> TicketCards.billable(b2, syntax));
        } else if (command instanceof Command.LinkChannel l) {
            return render(linkChannel.execute(new LinkChannel.Command(caller, channel, l.clientName())), TicketCards::linked);
        } else if (command instanceof Command.Estimate e) {
            return render(postEstimate.execute(new PostEstimate.Command(caller, e.ticket(), e.range(), e.note())),
                    TicketCards::estimated);
        } else if (command instanceof Command.LogTime l) {
            return render(logTime.execute(new LogTime.Command(caller, l.ticket(), l.duration(), l.note())), l2 -> TicketCards.logged(l2, syntax));
        } else if (command instanceof Command.UndoLog) {
            return render(undoTime.execute(new UndoTime.Command(caller)), TicketCards::undone);
        } else if (command instanceof Command.ShowDigest) {
            return render(previewDigest.execute(caller), d -> DigestCard.digest(d, Reply.Visibility.PRIVATE));
        } else if (command instanceof Command.IssueInvoice i) {
            return render(issueInvoice.execute(new IssueInvoice.Command(caller, channel, i.client())), i2 -> BillingCards.issued(i2, syntax));
        } else if (command instanceof Command.RecordPayment p) {
            return render(recordPayment.execute(new RecordPayment.Command(caller, p.number(), p.amount(), p.method(), p.reference())),
                    BillingCards::paid);
        } else if (command instanceof Command.ListInvoices l) {
            return render(listInvoices.execute(new ListInvoices.Query(caller, channel, l.client())), l2 -> BillingCards.invoices(l2, syntax));
        } else if (command instanceof Command.ShowInvoice s) {
            return render(showInvoice.execute(new ShowInvoice.Query(caller, s.number())), BillingCards::invoice);
        } else if (command instanceof Command.ClientTerms t) {
            return render(changeTerms.execute(new ChangeTerms.Command(caller, channel, t.client(), t.rate(), t.term(), t.contact(),
                    t.billHere())), t2 -> BillingCards.terms(t2, syntax));
        } else if (command instanceof Command.OverrideOverdue o) {
            return render(overrideOverdue.execute(new OverrideOverdue.Command(caller, o.ticket(), o.reason())), BillingCards::overridden);
        }
        throw new IllegalArgumentException("unhandled command " + command);
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
     * Runs {@code work} once per request key, in one transaction with the key's record: a repeat (even a concurrent
     * one) returns the stored reply. Failures roll everything back and are answered with an apology; a database that
     * cannot be reached is answered at once that nothing was changed (no second wait to look the key up).
     */
    private Answer once(String requestKey, Supplier<Reply> work) {
        try {
            if (requestKey == null || requestKey.isBlank()) {
                return new Answer(work.get(), true);
            }
            String hash = sha256(requestKey);
            var requests = ctx.stores().processedRequests();
            try {
                // The key is recorded with the answer at the end of the same transaction (one statement): a repeat —
                // even a concurrent one, which waits on the key — finds it taken, rolls its own work back, and gets
                // the first answer.
                return ctx.tx(patience, () -> {
                    Reply reply = work.get();
                    if (!requests.record(hash, ReplyCodec.write(reply), ctx.now())) {
                        throw new AlreadyHandled();
                    }
                    return new Answer(reply, true);
                });
            } catch (AlreadyHandled repeat) {
                Reply earlier = ctx.tx(patience, () -> requests.response(hash)).map(ReplyCodec::read)
                        .orElseGet(() -> Reply.privately().text("This request was already handled.").build());
                return new Answer(earlier, false);
            } catch (StoreUnavailable e) {
                throw e;
            } catch (RuntimeException e) {
                // A repeat that raced the first delivery may fail where the first succeeded (a unique name it just
                // created, say): if the first has been recorded by now, this delivery gets its answer, not an error.
                var earlier = ctx.tx(patience, () -> requests.response(hash));
                if (earlier.isPresent()) {
                    return new Answer(ReplyCodec.read(earlier.get()), false);
                }
                throw e;
            }
        } catch (StoreUnavailable e) {
            LOG.warn("request not recorded: {}", e.getMessage());
            return new Answer(StatusCards.unavailable(e.mayHaveCommitted()), true);
        } catch (RuntimeException e) {
            LOG.error("request failed", e);
            return new Answer(StatusCards.error(), true);
        }
    }

    /** Rolls back a repeated delivery's work. */
    private static final class AlreadyHandled extends RuntimeException {
        AlreadyHandled() {
            super("already handled", null, false, false);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
