package dev.ticketops.ops;

import ch.qos.logback.core.PropertyDefinerBase;
import java.util.Locale;

/**
 * Picks the console appender of {@code logback.xml} from {@code LOG_FORMAT}, whatever its case ({@code JSON},
 * {@code Json}, {@code json}). A value logback has no appender for would silence every log line, so anything other
 * than json means text (the configuration check refuses such a value anyway, with a message).
 */
public final class LogFormat extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        String raw = System.getProperty("LOG_FORMAT", System.getenv("LOG_FORMAT"));
        return appender(raw);
    }

    /** The appender name for a LOG_FORMAT value: {@code json} or {@code text}. */
    public static String appender(String raw) {
        return raw != null && raw.strip().toLowerCase(Locale.ROOT).equals("json") ? "json" : "text";
    }
}
