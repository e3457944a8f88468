package dev.ticketops.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily digest for staff or for one client: sections of short lines, each left out when empty. An empty digest
 * is a quiet day.
 */
public record Digest(String audience, LocalDate day, List<Section> sections) {
    /** @param more how many further items there are beyond the lines shown */
    public record Section(String name, List<String> lines, long more) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    public Digest {
        sections = List.copyOf(sections);
    }

    public boolean quiet() {
        return sections.isEmpty();
    }
}
