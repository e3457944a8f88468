package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.support.Hints;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small values people read and type: time in words, invoice numbers, payment methods, amounts, results. */
class ValuesTest {

    @ParameterizedTest(name = "{0} minutes → \"{1}\", {2} hours, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 0 minutes          | 0.0  | 0
            1    | 1 minute           | 0.02 | 0.02
            45   | 45 minutes         | 0.75 | 0.75
            59   | 59 minutes         | 0.98 | 0.98
            60   | 1 hour             | 1.0  | 1
            61   | 1 hour 1 minute    | 1.02 | 1.02
            75   | 1.25 hours         | 1.25 | 1.25
            80   | 1 hour 20 minutes  | 1.33 | 1.33
            90   | 1.5 hours          | 1.5  | 1.5
            120  | 2 hours            | 2.0  | 2
            121  | 2 hours 1 minute   | 2.02 | 2.02
            125  | 2 hours 5 minutes  | 2.08 | 2.08
            180  | 3 hours            | 3.0  | 3
            """)
    void timeIsWrittenBackInWordsAndDecimals(long minutes, String words, String decimal, String trimmed) {
        assertThat(Hours.words(minutes)).isEqualTo(words);
        assertThat(Hours.decimal(minutes)).isEqualTo(decimal);
        assertThat(Hours.trimmed(minutes)).isEqualTo(trimmed);
    }

    @ParameterizedTest
    @CsvSource({"INV-2026-0001, 2026, 1", "inv-2026-0042, 2026, 42", " INV-2027-123456 , 2027, 123456", "INV-2000-1, 2000, 1"})
    void invoiceNumbers_areReadCaseInsensitively(String text, int year, int sequence) {
        assertThat(InvoiceNumber.parse(text)).contains(new InvoiceNumber(year, sequence));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"INV-2026-0000", "INV-26-0001", "INV-2026-1234567", "INV-2026", "2026-0001", "INV-1999-0001x", "INV-1999-0001", "#12"})
    void notAnInvoiceNumber_isEmpty(String text) {
        assertThat(InvoiceNumber.parse(text)).isEmpty();
    }

    @Test
    void invoiceNumbers_areWrittenWithFourDigits_andValidated() {
        assertThat(new InvoiceNumber(2026, 7)).hasToString("INV-2026-0007");
        assertThat(new InvoiceNumber(2026, 12345)).hasToString("INV-2026-12345");
        assertThatThrownBy(() -> new InvoiceNumber(1999, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvoiceNumber(10000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvoiceNumber(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new InvoiceNumber(2000, 1).year()).isEqualTo(2000);
        assertThat(new InvoiceNumber(9999, 1).year()).isEqualTo(9999);
    }

    @ParameterizedTest
    @CsvSource({"wise, WISE, Wise", "Wise, WISE, Wise", " transferwise , WISE, Wise", "PAYPAL, PAYPAL, PayPal"})
    void paymentMethods(String text, PaymentMethod method, String label) {
        assertThat(PaymentMethod.parse(text)).contains(method);
        assertThat(method.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"bitcoin", "cash", "wise paypal"})
    void unknownPaymentMethods_areEmpty(String text) {
        assertThat(PaymentMethod.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"12, 12.00", "12.5, 12.50", "$12.50, 12.50", " 0 , 0.00", "1234567890.99, 1234567890.99"})
    void amountsAreReadWithAtMostTwoDecimals(String text, String amount) {
        assertThat(Money.parse(text, "USD")).isEqualTo(Result.ok(new Money(new BigDecimal(amount), "USD")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12.345", "-1", "abc", "1,000", "12345678901"})
    void notAnAmount_isRefusedWithAnExample(String text) {
        assertThat(Money.parse(text, "USD")).isInstanceOfSatisfying(Result.Refused.class, r -> {
            assertThat(r.reason()).endsWith("is not an amount.");
            assertThat(Hints.slack(r.hint())).isEqualTo("Write it like 12 or 12.50 (at most two decimals).");
        });
    }

    @Test
    void moneyKnowsItsSign_andItsSymbol() {
        assertThat(Money.usd("0").isZero()).isTrue();
        assertThat(Money.usd("0").isPositive()).isFalse();
        assertThat(Money.usd("0.01").isZero()).isFalse();
        assertThat(Money.usd("0.01").isPositive()).isTrue();
        assertThat(Money.usd("-0.01").isPositive()).isFalse();
        assertThat(Money.of("5", "EUR").display()).isEqualTo("€5.00");
        assertThat(Money.of("5", "GBP").displayShort()).isEqualTo("£5");
        assertThat(Money.of("5.25", "CHF").display()).isEqualTo("CHF 5.25");
        assertThat(Money.usd("7")).hasToString("$7.00");
        assertThatThrownBy(() -> Money.of("1", "usd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResult_isEitherAValueOrAReasonWithAHint() {
        Result<Integer> ok = Result.ok(2);
        Result<Integer> refused = new Refusal("No.", (Hint) null).toResult();

        assertThat(ok.isOk()).isTrue();
        assertThat(ok.map(i -> i * 21)).isEqualTo(Result.ok(42));
        assertThat(ok.orElseThrow()).isEqualTo(2);
        assertThat(refused.isOk()).isFalse();
        assertThat(refused.map(i -> i * 21)).isEqualTo(Result.refused("No.", ""));
        assertThat(((Result.Refused<Integer>) refused).<String>as()).isEqualTo(Result.refused("No.", ""));
        assertThatThrownBy(refused::orElseThrow).isInstanceOf(IllegalStateException.class).hasMessage("refused: No.");
        assertThat(Result.refused(new Refusal("Why.", "Do this."))).isEqualTo(Result.refused("Why.", "Do this."));
        assertThat(Optional.of(new Refusal("r", (Hint) null)).get().hint()).isEqualTo(Hint.NONE);
    }
}
