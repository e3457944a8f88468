package dev.ticketops.domain;

import java.util.Optional;

/**
 * Who may do what to a ticket, and when: the agency's process as small pure functions. Each returns the refusal, or
 * empty when the action is allowed.
 */
public final class TicketPolicy {
    private TicketPolicy() {
    }

    public static boolean canSee(Person p, Ticket t) {
        return p.isStaff() || t.requesterId() == p.id() || (p.clientId() != null && p.clientId() == t.clientId());
    }

    /** A client contact: the requester, or a person of the ticket's client — never staff. */
    public static boolean isClientContact(Person p, Ticket t) {
        return !p.isStaff() && (t.requesterId() == p.id() || (p.clientId() != null && p.clientId() == t.clientId()));
    }

    public static Optional<Refusal> staffOnly(Person p, String action) {
        if (p.isStaff()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("Only agency staff can " + action + ".",
                "If you need this done, say so in your ticket and staff will take care of it."));
    }

    public static Refusal notFound(TicketNumber n) {
        return new Refusal("Ticket " + n + " does not exist, or it is not one of yours.",
                Hint.run("See your tickets with ", Suggestion.of(Action.LIST_TICKETS), "."));
    }

    public static Optional<Refusal> mayEstimate(Person p, Ticket t) {
        Optional<Refusal> staff = staffOnly(p, "post an estimate");
        if (staff.isPresent()) {
            return staff;
        }
        if (t.status() == TicketStatus.CLOSED) {
            return Optional.of(new Refusal("Ticket " + t.number() + " is closed.",
                    Hint.run("Reopen it first with ", Suggestion.of(Action.REOPEN_TICKET, t.number()), ".")));
        }
        if (!t.billable()) {
            return Optional.of(new Refusal("Ticket " + t.number() + " is marked non-billable, so it needs no estimate.",
                    Hint.run("Log time directly, or mark it billable with ", Suggestion.of(Action.SET_BILLABLE, t.number(), "yes"), ".")));
        }
        if (t.status() == TicketStatus.APPROVED) {
            return Optional.of(new Refusal("The client has already approved the estimate for " + t.number() + ".",
                    Hint.run("An approved estimate is the agreement and cannot be replaced; log the actual time with ",
                            Suggestion.of(Action.LOG_TIME, t.number()), ".")));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> mayDecide(Person p, Ticket t) {
        if (p.isStaff()) {
            return Optional.of(new Refusal("Staff cannot approve or decline on the client's behalf.",
                    "The approval is the client's written confirmation: ask the client to click Approve in the ticket."));
        }
        if (!isClientContact(p, t)) {
            return Optional.of(new Refusal("Only the client of ticket " + t.number() + " can approve or decline its estimate.",
                    Hint.run("If this is your request, open your own ticket with ", Suggestion.of(Action.OPEN_TICKET), ".")));
        }
        if (t.status() == TicketStatus.CLOSED) {
            return Optional.of(new Refusal("Ticket " + t.number() + " is closed.", "Open a new ticket for new work."));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> mayLog(Person p, Ticket t) {
        Optional<Refusal> staff = staffOnly(p, "log time");
        if (staff.isPresent()) {
            return staff;
        }
        if (t.status() == TicketStatus.CLOSED) {
            return Optional.of(new Refusal("Ticket " + t.number() + " is closed and takes no more time.",
                    Hint.run("Reopen it with ", Suggestion.of(Action.REOPEN_TICKET, t.number()), " if the work continues.")));
        }
        if (t.billable() && t.status() != TicketStatus.APPROVED) {
            String why = switch (t.status()) {
                case NEW -> "it has no estimate yet";
                case ESTIMATED -> "the client has not approved the estimate yet";
                case DECLINED -> "the client declined the estimate";
                default -> "it is not approved";
            };
            return Optional.of(new Refusal("No work on " + t.number() + " before the client's approval: " + why + ".",
                    t.status() == TicketStatus.ESTIMATED
                            ? Hint.say("Wait for the client to click Approve on the estimate.")
                            : Hint.run("Post an estimate with ", Suggestion.of(Action.ESTIMATE, t.number(), "2-3h"),
                                    " and wait for the client's approval.")));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> mayClose(Person p, Ticket t) {
        Optional<Refusal> staff = staffOnly(p, "close a ticket");
        if (staff.isPresent()) {
            return staff;
        }
        if (t.status() == TicketStatus.CLOSED) {
            return Optional.of(new Refusal("Ticket " + t.number() + " is already closed.",
                    Hint.run("See its summary with ", Suggestion.of(Action.SHOW_TICKET, t.number()), ".")));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> mayReopen(Person p, Ticket t) {
        Optional<Refusal> staff = staffOnly(p, "reopen a ticket");
        if (staff.isPresent()) {
            return staff;
        }
        if (t.status() != TicketStatus.CLOSED) {
            return Optional.of(new Refusal("Ticket " + t.number() + " is not closed.", "It is already open: " + t.status().label() + "."));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> maySetBillable(Person p, Ticket t) {
        Optional<Refusal> staff = staffOnly(p, "decide whether a ticket is billable");
        if (staff.isPresent()) {
            return staff;
        }
        if (t.status() == TicketStatus.CLOSED) {
            return Optional.of(new Refusal("Ticket " + t.number() + " is closed; its billing record is final.",
                    Hint.run("Reopen it first with ", Suggestion.of(Action.REOPEN_TICKET, t.number()), ".")));
        }
        return Optional.empty();
    }

    /** What should happen next, in one line, with the command that does it. */
    public static Hint nextStep(Ticket t) {
        return nextStep(t.number(), t.status(), t.billable());
    }

    /** The next step for ticket {@code number} in {@code status} (for a card rendered from stored facts). */
    public static Hint nextStep(TicketNumber number, TicketStatus status, boolean billable) {
        if (status == TicketStatus.CLOSED) {
            return Hint.say("Closed. The summary above is the billing record.");
        }
        if (!billable) {
            return Hint.run("Non-billable: staff may work and log time with ", Suggestion.of(Action.LOG_TIME, number), ".");
        }
        return switch (status) {
            case NEW -> Hint.run("Staff reviews it and posts an estimate: ", Suggestion.of(Action.ESTIMATE, number, "2-3h"), ".");
            case ESTIMATED -> Hint.say("The client approves or declines the estimate.");
            case APPROVED -> Hint.run("Work in progress: staff logs time with ", Suggestion.of(Action.LOG_TIME, number), ".");
            case DECLINED -> Hint.run("Staff posts a new estimate: ", Suggestion.of(Action.ESTIMATE, number), ".");
            case CLOSED -> Hint.say("Closed.");
        };
    }
}
