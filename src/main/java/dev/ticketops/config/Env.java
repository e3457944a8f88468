package dev.ticketops.config;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads typed values from environment variables; every failure names the variable. */
public final class Env {
    private final Map<String, String> vars;
    private final Set<String> read = new java.util.LinkedHashSet<>();

    public Env(Map<String, String> vars) {
        this.vars = Map.copyOf(vars);
    }

    /** Every variable asked for so far: the configuration surface (the compose file test checks it is all wired). */
    public Set<String> read() {
        return java.util.Collections.unmodifiableSet(read);
    }

    public Optional<String> optional(String name) {
        read.add(name);
        String v = vars.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public String string(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    public int integer(String name, int fallback, int min, int max) {
        Optional<String> v = optional(name);
        if (v.isEmpty()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v.get());
        } catch (NumberFormatException e) {
            throw new ConfigException(name + "=" + v.get() + " is not a whole number (expected " + min + "-" + max + ")");
        }
        if (n < min || n > max) {
            throw new ConfigException(name + "=" + n + " is out of range (expected " + min + "-" + max + ")");
        }
        return n;
    }

    public BigDecimal amount(String name, String fallback) {
        String v = string(name, fallback);
        if (!v.matches("\\d{1,8}(\\.\\d{1,2})?")) {
            throw new ConfigException(name + "=" + v + " is not an amount (expected a number with at most two decimals, like 12.00)");
        }
        BigDecimal d = new BigDecimal(v);
        if (d.signum() <= 0) {
            throw new ConfigException(name + "=" + v + " must be above zero");
        }
        return d;
    }

    public String currency(String name, String fallback) {
        String v = string(name, fallback);
        if (!v.matches("[A-Z]{3}")) {
            throw new ConfigException(name + "=" + v + " is not a three-letter ISO currency code (like USD)");
        }
        return v;
    }

    public Set<String> idList(String name) {
        String v = string(name, "");
        Set<String> ids = Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (String id : ids) {
            if (!id.matches("[A-Za-z0-9_.-]{1,64}")) {
                throw new ConfigException(name + " holds \"" + id + "\", which is not a user id (expected ids separated by commas)");
            }
        }
        return Set.copyOf(ids);
    }

    public Path path(String name, String fallback) {
        String v = string(name, fallback);
        try {
            return Path.of(v).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ConfigException(name + "=" + v + " is not a usable path: " + e.getReason());
        }
    }

    public Optional<String> url(String name) {
        Optional<String> v = optional(name);
        v.ifPresent(u -> {
            if (!u.startsWith("jdbc:mariadb://") && !u.startsWith("jdbc:mysql://")) {
                throw new ConfigException(name + "=" + u + " is not a MariaDB JDBC URL (expected jdbc:mariadb://host:3306/database)");
            }
        });
        return v;
    }

    public String choice(String name, String fallback, String... allowed) {
        String v = string(name, fallback).toLowerCase(java.util.Locale.ROOT);
        if (!java.util.Arrays.asList(allowed).contains(v)) {
            throw new ConfigException(name + "=" + v + " is not one of " + String.join(", ", allowed));
        }
        return v;
    }

    public java.time.LocalTime time(String name, String fallback) {
        String v = string(name, fallback);
        try {
            return java.time.LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ConfigException(name + "=" + v + " is not a time of day (like 09:00)");
        }
    }

    public java.time.ZoneId zone(String name, String fallback) {
        String v = string(name, fallback);
        try {
            return java.time.ZoneId.of(v);
        } catch (java.time.DateTimeException e) {
            throw new ConfigException(name + "=" + v + " is not an IANA time zone (like Europe/Berlin or America/New_York)");
        }
    }

    public Optional<String> hex(String name, int length) {
        Optional<String> v = optional(name);
        v.ifPresent(h -> {
            if (!h.matches("[0-9a-fA-F]{" + length + "}")) {
                throw new ConfigException(name + " is not " + length + " hexadecimal characters");
            }
        });
        return v;
    }

    public Optional<String> snowflake(String name) {
        Optional<String> v = optional(name);
        v.ifPresent(id -> {
            if (!id.matches("\\d{15,22}")) {
                throw new ConfigException(name + "=" + id + " is not a Discord id (15-22 digits)");
            }
        });
        return v;
    }

    public Optional<String> httpUrl(String name) {
        Optional<String> v = optional(name);
        v.ifPresent(u -> {
            try {
                var uri = java.net.URI.create(u);
                if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name + "=" + u + " is not an http(s) URL");
            }
        });
        return v;
    }
}
