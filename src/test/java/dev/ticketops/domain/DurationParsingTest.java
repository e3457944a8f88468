package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationParsingTest {

    @ParameterizedTest(name = "{0} = {1} minutes")
    @CsvSource(delimiter = '=', value = {
            "1.5h=90", "90m=90", "1h30m=90", "1:30=90", "0.25h=15", "2 hours=120", "45 min=45", "1 hour 30 minutes=90",
            "1h 30m=90", "1,5h=90", ".5h=30", "24h=1440", "1m=1", "0:01=1", "2 HOURS=120", "1.33h=80", "0.1h=6"})
    void acceptsTheWaysPeopleWriteTime(String text, int minutes) {
        assertThat(WorkDuration.parse(text).orElseThrow().minutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "1.5", "h", "-1h", "25h", "0m", "0h", "1:75", "1h30", "1.5hx", "1d", "0.001h"})
    void refusesOthers_withAReasonAndAnExample(String text) {
        Result<WorkDuration> r = WorkDuration.parse(text);
        assertThat(r).isInstanceOf(Result.Refused.class);
        Result.Refused<WorkDuration> refused = (Result.Refused<WorkDuration>) r;
        assertThat(refused.reason()).isNotBlank();
        assertThat(refused.hint().isEmpty()).isFalse();
    }

    @Property
    void everyAcceptedDuration_isOneMinuteToADay(@ForAll("anyText") String text) {
        Result<WorkDuration> r = WorkDuration.parse(text);
        if (r instanceof Result.Ok<WorkDuration> ok) {
            assertThat(ok.value().minutes()).isBetween(1, 1440);
        } else {
            Result.Refused<WorkDuration> refused = (Result.Refused<WorkDuration>) r;
            assertThat(refused.reason()).isNotBlank();
            assertThat(refused.hint().isEmpty()).isFalse();
        }
    }

    @Property
    void minutesWrittenAnyWay_readBackTheSame(@ForAll @IntRange(min = 1, max = 1440) int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        assertThat(WorkDuration.parse(minutes + "m").orElseThrow().minutes()).isEqualTo(minutes);
        assertThat(WorkDuration.parse(h + ":" + String.format("%02d", m)).orElseThrow().minutes()).isEqualTo(minutes);
        String hm = (h > 0 ? h + "h" : "") + (m > 0 ? m + "m" : "");
        assertThat(WorkDuration.parse(hm).orElseThrow().minutes()).isEqualTo(minutes);
        assertThat(WorkDuration.parse(Hours.words(minutes)).orElseThrow().minutes()).isEqualTo(minutes);
    }

    @Property
    void everyAcceptedRange_isOrderedAndWithin200Hours(@ForAll("anyRangeText") String text) {
        Result<EstimateRange> r = EstimateRange.parse(text);
        if (r instanceof Result.Ok<EstimateRange> ok) {
            assertThat(ok.value().lowMinutes()).isPositive().isLessThanOrEqualTo(ok.value().highMinutes());
            assertThat(ok.value().highMinutes()).isLessThanOrEqualTo(200 * 60);
        } else {
            Result.Refused<EstimateRange> refused = (Result.Refused<EstimateRange>) r;
            assertThat(refused.reason()).isNotBlank();
            assertThat(refused.hint().isEmpty()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} = {1}..{2}")
    @CsvSource({"2-3h,120,180", "2–3 hours,120,180", "90m-2h,90,120", "3h,180,180", "2 - 3 h,120,180",
            "1 to 2 hours,60,120", "30m-1h,30,60", "1:30-2:00,90,120", "200h,12000,12000"})
    void readsRanges(String text, int low, int high) {
        EstimateRange r = EstimateRange.parse(text).orElseThrow();
        assertThat(r.lowMinutes()).isEqualTo(low);
        assertThat(r.highMinutes()).isEqualTo(high);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3-2h", "0-2h", "2-3", "201h", "1-201h", "2--3h", "-2h", "2h-", "a-b", "2-3x"})
    void refusesBadRanges(String text) {
        assertThat(EstimateRange.parse(text)).isInstanceOf(Result.Refused.class);
    }

    @org.junit.jupiter.api.Test
    void describesRangesAsThePolicyWritesThem() {
        assertThat(EstimateRange.parse("2-3h").orElseThrow().describe()).isEqualTo("2–3 hours");
        assertThat(EstimateRange.parse("90m-2h").orElseThrow().describe()).isEqualTo("1.5–2 hours");
        assertThat(EstimateRange.parse("3h").orElseThrow().describe()).isEqualTo("3 hours");
        assertThat(EstimateRange.parse("40m-1h").orElseThrow().describe()).isEqualTo("40 minutes – 1 hour");
        assertThat(Hours.decimal(120)).isEqualTo("2.0");
        assertThat(Hours.decimal(80)).isEqualTo("1.33");
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().between(-5, 3000).map(String::valueOf),
                Arbitraries.doubles().between(0, 30).ofScale(3).map(String::valueOf));
        Arbitrary<String> unit = Arbitraries.of("h", "m", "hours", "min", " minutes", "", ":30", ":7", "x", " hour");
        Arbitrary<String> structured = Combinators.combine(number, unit, number, unit).as((a, b, c, d) -> a + b + c + d);
        return Arbitraries.oneOf(structured, Combinators.combine(number, unit).as((a, b) -> a + b),
                Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> anyRangeText() {
        Arbitrary<String> side = anyText();
        Arbitrary<String> sep = Arbitraries.of("-", "–", " to ", " - ", "—", "--");
        return Arbitraries.oneOf(Combinators.combine(side, sep, side).as((a, b, c) -> a + b + c), side);
    }
}
