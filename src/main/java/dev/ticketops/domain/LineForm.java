package dev.ticketops.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How the time of an invoice's lines is written, one form for the whole document so that "2.0 hours" never sits beside
 * "0.75 hours": the agency's own form ({@code 2.0 hours}) when every line's minutes are a tenth of an hour, hours with
 * two decimals when they are all a hundredth of an hour, else hours and minutes ({@code 1 h 20 min}). Each form states
 * the minutes exactly, so the shown time × the shown rate is the exact price of the time billed.
 */
public enum LineForm {
    /** {@code 2.0 hours}: every line is a whole number of 6 minutes. */
    TENTHS,
    /** {@code 0.75 hours}: every line is a whole number of 3 minutes (36 s is not a minute: 3 min = 0.05 h). */
    HUNDREDTHS,
    /** {@code 1 h 20 min}: any number of minutes. */
    HOURS_MINUTES;

    public static LineForm of(Collection<InvoiceLine> lines) {
        boolean tenths = true;
        boolean hundredths = true;
        for (InvoiceLine l : lines) {
            tenths &= l.billedMinutes() % 6 == 0;
            hundredths &= l.billedMinutes() % 3 == 0;
        }
        return tenths ? TENTHS : hundredths ? HUNDREDTHS : HOURS_MINUTES;
    }

    /** Whether the minutes can be written in this form exactly. */
    public boolean fits(long minutes) {
        return switch (this) {
            case TENTHS -> minutes % 6 == 0;
            case HUNDREDTHS -> minutes % 3 == 0;
            case HOURS_MINUTES -> true;
        };
    }

    /** The time, written exactly: {@code 2.0 hours}, {@code 0.75 hours}, {@code 1 h 20 min}, {@code 45 min}, {@code 0 min}. */
    public String quantity(long minutes) {
        if (!fits(minutes)) {
            throw new IllegalArgumentException(minutes + " minutes cannot be written exactly as " + this);
        }
        return switch (this) {
            case TENTHS, HUNDREDTHS -> hours(minutes).setScale(this == TENTHS ? 1 : 2, RoundingMode.UNNECESSARY).toPlainString()
                    + " hours";
            case HOURS_MINUTES -> hoursAndMinutes(minutes);
        };
    }

    /** The hours of {@code minutes} as an exact decimal (minutes must be a multiple of 3). */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.UNNECESSARY);
    }

    static String hoursAndMinutes(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
