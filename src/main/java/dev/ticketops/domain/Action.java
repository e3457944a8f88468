package dev.ticketops.domain;

/**
 * Something a person can do in TicketOps, named without any platform's syntax. A hint that suggests running a
 * command names one of these; each adapter (Slack text, Discord options, the web) says it in its own form.
 */
public enum Action {
    HELP, OPEN_TICKET, LIST_TICKETS, SHOW_TICKET, CLOSE_TICKET, REOPEN_TICKET, SET_BILLABLE, LINK_CHANNEL, DIGEST,
    ESTIMATE, LOG_TIME, UNDO_LOG, REPLY_TICKET, ASSIGN_TICKET,
    ISSUE_INVOICE, LIST_INVOICES, SHOW_INVOICE, RECORD_PAYMENT, CLIENT_TERMS, OVERRIDE_OVERDUE,
    START_TIMER, STOP_TIMER, TIMER_STATUS,
    PORTAL
}
