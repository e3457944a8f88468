package dev.ticketops.config;

/** A bad configuration value; the message names the variable and what is wrong, in one line. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
