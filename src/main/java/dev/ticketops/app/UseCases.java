package dev.ticketops.app;

/**
 * The use cases the adapters call, built once by the composition root ({@link UseCaseFactory}) and handed over:
 * chat's commands and clicks with their request boundary ({@code once}), the invoice documents and exports of the
 * web routes, and the billing round of the jobs.
 */
public record UseCases(OncePerRequest once, OpenTicket openTicket, ListTickets listTickets, ShowTicket showTicket,
                       CloseTicket closeTicket, ReopenTicket reopenTicket, SetBillable setBillable,
                       LinkChannel linkChannel, PreviewDigest previewDigest, PostEstimate postEstimate,
                       DecideEstimate decideEstimate, LogTime logTime, UndoTime undoTime, DecideOverrun decideOverrun,
                       ReplaceCard replaceCard, IssueInvoice issueInvoice, RecordPayment recordPayment,
                       ListInvoices listInvoices, ShowInvoice showInvoice, ChangeTerms changeTerms,
                       OverrideOverdue overrideOverdue, ReadInvoiceDocument readInvoiceDocument, ExportData exportData,
                       SendReminders sendReminders, BuildDigest buildDigest, StartTimer startTimer, StopTimer stopTimer,
                       ShowTimers showTimers, RateTicket rateTicket,
                       RecordThreadMessage recordThreadMessage, EditThreadMessage editThreadMessage,
                       ReplyToTicket replyToTicket, AssignTicket assignTicket, ListMyTickets listMyTickets,
                       PortalUseCases portal) {
}
