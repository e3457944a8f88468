package dev.ticketops.domain;

public enum Decision {
    APPROVED, DECLINED
}
