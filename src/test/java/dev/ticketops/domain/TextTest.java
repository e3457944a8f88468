package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aShortInputIsQuotedWhole_trimmed() {
        assertThat(Text.quote("  1.5x  ")).isEqualTo("“1.5x”");
        assertThat(Text.quote(null)).isEqualTo("“null”");
    }

    @Test
    void aLongInputIsCutToFortyCharacters_withoutSplittingAnEmoji() {
        String quoted = Text.quote("🚀".repeat(100));
        assertThat(quoted).isEqualTo("“" + "🚀".repeat(39) + "…”");
        assertThat(Text.length(Text.quote("x".repeat(40)))).isEqualTo(42);
    }

    @Test
    void everyRefusalThatQuotesInput_keepsTheQuoteShort() {
        String wall = "nonsense ".repeat(300);
        assertThat(reason(DurationText.parseMinutes(wall, 24 * 60))).hasSizeLessThan(100);
        assertThat(reason(DurationText.parseMinutes("9".repeat(300), 24 * 60))).hasSizeLessThan(100);
        assertThat(reason(Money.parse(wall, "USD"))).hasSizeLessThan(100);
        assertThat(reason(EstimateRange.parse(wall))).hasSizeLessThan(100);
    }

    private static String reason(Result<?> r) {
        return ((Result.Refused<?>) r).reason();
    }
}
