package dev.ticketops.web;

/** Who the invoices are from and how to pay them, as printed on every invoice document. */
public record Agency(String name, String address, String paymentInstructions) {
}
