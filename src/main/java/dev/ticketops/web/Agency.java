package dev.ticketops.web;

import java.util.Optional;

/**
 * Who the invoices are from and how to pay them, as printed on every invoice document: the agency's name, address,
 * payment instructions ({@code PAYMENT_INSTRUCTIONS}), logo ({@code AGENCY_LOGO}, a PNG or JPEG read at start-up, as a
 * data URI) and paper ({@code PAGE_SIZE}: Letter or A4).
 */
public record Agency(String name, String address, String paymentInstructions, Optional<String> logoDataUri, String pageSize) {
    public Agency {
        logoDataUri = logoDataUri == null ? Optional.empty() : logoDataUri;
        pageSize = pageSize == null ? "A4" : pageSize;
    }

    public Agency(String name, String address, String paymentInstructions) {
        this(name, address, paymentInstructions, Optional.empty(), "A4");
    }

    /** Letter for a USD agency (the US and Canada print on Letter), A4 otherwise; {@code override} wins when set. */
    public static String pageSizeFor(String currency, Optional<String> override) {
        return override.orElse("USD".equals(currency) ? "Letter" : "A4");
    }

    /** The logo file as a data URI (PNG, JPEG, GIF or SVG by its name), so the page and the PDF carry it with no request. */
    public static Optional<String> logo(Optional<java.nio.file.Path> file) {
        return file.map(f -> {
            String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            String type = name.endsWith(".png") ? "image/png" : name.endsWith(".svg") ? "image/svg+xml"
                    : name.endsWith(".gif") ? "image/gif" : "image/jpeg";
            try {
                return "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(f));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("AGENCY_LOGO " + f + " cannot be read", e);
            }
        });
    }
}
