package dev.ticketops.app;

/**
 * What a person asks the core to do: the typed command or query of one use case, read from chat text, a form or
 * Discord's options by the adapter that received it. Chat passes these records through as they are.
 */
public sealed interface UseCaseCommand permits OpenTicket.Command, ListTickets.Query, ShowTicket.Query,
        CloseTicket.Command, ReopenTicket.Command, SetBillable.Command, LinkChannel.Command, PreviewDigest.Query,
        PostEstimate.Command, DecideEstimate.Command, LogTime.Command, UndoTime.Command, DecideOverrun.Command,
        IssueInvoice.Command, RecordPayment.Command, ListInvoices.Query, ShowInvoice.Query, ChangeTerms.Command,
        OverrideOverdue.Command, StartTimer.Command, StopTimer.Command, ShowTimers.Query,
        RateTicket.Command, RecordThreadMessage.Command, EditThreadMessage.Command, ReplyToTicket.Command,
        AssignTicket.Command, ListMyTickets.Query, MintPortalLink.Command,
        EndPortalSessions.Command {
}
