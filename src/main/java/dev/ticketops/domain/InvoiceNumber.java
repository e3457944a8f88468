package dev.ticketops.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code INV-<year>-<seq>}: numbered per year without gaps. */
public record InvoiceNumber(int year, int sequence) {
    private static final Pattern FORM = Pattern.compile("INV-(\\d{4})-(\\d{1,6})");

    public InvoiceNumber {
        if (year < 2000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("not an invoice number");
        }
    }

    public static Optional<InvoiceNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(text.strip().toUpperCase(Locale.ROOT));
        // the form alone lets through a year the record refuses (INV-0000-0001): not an invoice number, not an error
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(1)) < 2000) {
            return Optional.empty();
        }
        return Optional.of(new InvoiceNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "INV-%d-%04d", year, sequence);
    }
}
