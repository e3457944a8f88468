package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void pricesMinutesAtAnHourlyRate_roundingHalfUpToTheCent() {
        Money rate = Money.usd("12.00");
        assertThat(rate.forMinutes(80).display()).isEqualTo("$16.00");
        assertThat(rate.forMinutes(120).display()).isEqualTo("$24.00");
        assertThat(Money.usd("12.50").forMinutes(1).display()).isEqualTo("$0.21");
        assertThat(Money.usd("10.00").forMinutes(1).display()).isEqualTo("$0.17");
    }

    @Test
    void writesRatesShortAndAmountsInFull() {
        assertThat(Money.usd("12").displayShort()).isEqualTo("$12");
        assertThat(Money.usd("12.5").displayShort()).isEqualTo("$12.50");
        assertThat(Money.usd("24").display()).isEqualTo("$24.00");
    }

    @Test
    void refusesMoreThanTwoDecimalsAndMixedCurrencies() {
        assertThatThrownBy(() -> Money.usd("1.005")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.usd("1").plus(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.parse("12.345", "USD")).isInstanceOf(Result.Refused.class);
    }
}
