package dev.ticketops.domain;

public enum EstimateStatus {
    PENDING, APPROVED, DECLINED, SUPERSEDED
}
