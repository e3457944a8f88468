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
                "See your tickets with /ticket list.");
    }

    public static Optional<Refusal> mayEstimate(Person p, Ticket t) {
        Optional<Refusal> staff = staffOnly(p, "post an estimate");
        if (staff.isPresent()) {
            return staff;
        }
        if (t.status() == TicketStatus.CLOSED) {
            return Optional.of(new Refusal("Ticket " + t.number() + " is closed.",
                    "Reopen it first with /ticket reopen " + t.number() + "."));
        }
        if (!t.billable()) {
            return Optional.of(new Refusal("Ticket " + t.number() + " is marked non-billable, so it needs no estimate.",
                    "Log time directly, or mark it billable with /ticket billable " + t.number() + " yes."));
        }
        if (t.status() == TicketStatus.APPROVED) {
            return Optional.of(new Refusal("The client has already approved the estimate for " + t.number() + ".",
                    "An approved estimate is the agreement and cannot be replaced; log the actual time with /log."));
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
                    "If this is your request, open your own ticket with /ticket <title>."));
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
                    "Reopen it with /ticket reopen " + t.number() + " if the work continues."));
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
                            ? "Wait for the client to click Approve on the estimate."
                            : "Post an estimate with /estimate " + t.number() + " 2-3h and wait for the client's approval."));
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
                    "See its summary with /ticket show " + t.number() + "."));
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
                    "Reopen it first with /ticket reopen " + t.number() + "."));
        }
        return Optional.empty();
    }

    /** What should happen next, in one line. */
    public static String nextStep(Ticket t) {
        if (t.status() == TicketStatus.CLOSED) {
            return "Closed. The summary above is the billing record.";
        }
        if (!t.billable()) {
            return "Non-billable: staff may work and log time with /log <duration> " + t.number() + ".";
        }
        return switch (t.status()) {
            case NEW -> "Staff reviews it and posts an estimate: /estimate " + t.number() + " 2-3h.";
            case ESTIMATED -> "The client approves or declines the estimate.";
            case APPROVED -> "Work in progress: staff logs time with /log <duration> " + t.number() + ".";
            case DECLINED -> "Staff posts a new estimate: /estimate " + t.number() + " <range>.";
            case CLOSED -> "Closed.";
        };
    }
}
