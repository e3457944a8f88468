package dev.ticketops.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.ActionCodec.ButtonAction;
import dev.ticketops.chat.ActionCodec.Target;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.TicketNumber;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a button carries survives the trip through Slack or Discord and back; anything else decodes to nothing. */
class ActionCodecTest {

    @Property
    void everyButton_decodesToWhatWasEncoded(@ForAll Target target, @ForAll Decision decision,
                                             @ForAll @LongRange(min = 1, max = 999_999_999_999L) long ticket,
                                             @ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long id) {
        ButtonAction action = new ButtonAction(target, decision, TicketNumber.of(ticket), id);

        String value = action.encode();

        assertThat(ActionCodec.decode(value)).contains(action);
        assertThat(value).startsWith(action.actionId() + ":").hasSizeLessThanOrEqualTo(100);
        assertThat(ActionCodec.ACTION_IDS).contains(action.actionId());
    }

    @Property
    void theShortcuts_encodeTheSameAsTheRecord(@ForAll Decision decision, @ForAll @LongRange(min = 1, max = 99_999) long ticket,
                                               @ForAll @LongRange(min = 0, max = 99_999) long id) {
        assertThat(ActionCodec.encode(decision, TicketNumber.of(ticket), id))
                .isEqualTo((decision == Decision.APPROVED ? "approve:" : "decline:") + ticket + ":" + id);
        assertThat(ActionCodec.encodeExtra(decision, TicketNumber.of(ticket), id))
                .isEqualTo((decision == Decision.APPROVED ? "xapprove:" : "xdecline:") + ticket + ":" + id);
    }

    @Property
    void arbitraryText_neverThrows_andWhatDecodesIsStable(@ForAll String text) {
        ActionCodec.decode(text).ifPresent(a -> assertThat(ActionCodec.decode(a.encode())).contains(a));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "approve", "approve:", "approve:1", "approve:0:5", "approve:-1:5", "approve:1:-5", "approve:x:1",
            "yapprove:1:2", "approve:1:2:3", " approve:1:2", "approve:1:2 ", "APPROVE:1:2", "accept:1:2",
            "approve:1234567890123:1", "approve:1:1234567890123456"})
    void malformedValues_decodeToNothing(String value) {
        assertThat(ActionCodec.decode(value)).isEmpty();
    }
}
