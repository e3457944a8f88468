package dev.ticketops.domain;

public enum InvoiceStatus {
    ISSUED, OVERDUE, PAID
}
