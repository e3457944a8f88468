package dev.ticketops.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How amounts of time are written back to people. */
public final class Hours {
    private Hours() {
    }

    /** {@code 120 → "2 hours"}, {@code 90 → "1.5 hours"}, {@code 80 → "1 hour 20 minutes"}, {@code 45 → "45 minutes"}. */
    public static String words(long minutes) {
        if (minutes % 15 == 0 && minutes >= 60) {
            String h = trimmed(minutes);
            return h + (minutes == 60 ? " hour" : " hours");
        }
        long h = minutes / 60;
        long m = minutes % 60;
        String mins = m + (m == 1 ? " minute" : " minutes");
        if (h == 0) {
            return mins;
        }
        String hrs = h + (h == 1 ? " hour" : " hours");
        return m == 0 ? hrs : hrs + " " + mins;
    }

    /** Hours with at least one and at most two decimals, half-up: {@code 120 → "2.0"}, {@code 80 → "1.33"}. */
    public static String decimal(long minutes) {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        BigDecimal stripped = h.stripTrailingZeros();
        if (stripped.scale() < 1) {
            stripped = stripped.setScale(1, RoundingMode.UNNECESSARY);
        }
        return stripped.toPlainString();
    }

    /** Hours without needless zeros: {@code 120 → "2"}, {@code 90 → "1.5"}, {@code 75 → "1.25"}. */
    public static String trimmed(long minutes) {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return h.stripTrailingZeros().toPlainString();
    }
}
