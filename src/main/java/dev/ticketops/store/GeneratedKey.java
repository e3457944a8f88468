package dev.ticketops.store;

/** A mutable holder for an AUTO_INCREMENT key, since rows are immutable records (MyBatis issue 2584). */
public final class GeneratedKey {
    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long value() {
        if (id == null) {
            throw new IllegalStateException("no key was generated");
        }
        return id;
    }
}
