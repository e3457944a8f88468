package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.ticketops.domain.PaymentMethods;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** discord-register offers exactly the agency's PAYMENT_METHODS as /invoice paid's method choices. */
class DiscordPaymentChoicesTest {

    static List<String> methodChoices(ArrayNode defs) {
        List<String> values = new ArrayList<>();
        for (JsonNode command : defs) {
            for (JsonNode sub : command.path("options")) {
                if (command.path("name").asText().equals("invoice") && sub.path("name").asText().equals("paid")) {
                    for (JsonNode o : sub.path("options")) {
                        if (o.path("name").asText().equals("method")) {
                            o.path("choices").forEach(c -> values.add(c.path("value").asText() + "=" + c.path("name").asText()));
                        }
                    }
                }
            }
        }
        return values;
    }

    @Test
    void theMethodChoices_areTheConfiguredPaymentMethods_andTheFileIsLeftAsItIs() throws Exception {
        ArrayNode file = DiscordRegistration.definitions(Path.of(""));
        assertThat(methodChoices(file)).containsExactly("wise=Wise", "paypal=PayPal");

        PaymentMethods methods = PaymentMethods.parseList("wise,bank-transfer,stripe");
        ArrayNode wanted = DiscordRegistration.withPaymentMethods(file, methods);
        assertThat(methodChoices(wanted)).extracting(s -> s.substring(0, s.indexOf('=')))
                .containsExactly("wise", "bank-transfer", "stripe");
        assertThat(methodChoices(file)).as("the definitions read from the file are not changed").hasSize(2);
        assertThat(wanted.size()).isEqualTo(file.size());
    }
}
