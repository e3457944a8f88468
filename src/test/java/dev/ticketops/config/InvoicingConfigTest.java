package dev.ticketops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.domain.PaymentMethod;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invoice and Zoho Invoice settings: defaults, parsing, and refusals that say what to do. */
class InvoicingConfigTest {
    @Test
    void defaults_areWiseAndPaypal_noTax_noZoho_andPaperFollowsTheCurrency() {
        Config c = Config.fromEnvChecked(Map.of());
        assertThat(c.paymentMethods().all()).containsExactly(PaymentMethod.WISE, PaymentMethod.PAYPAL);
        assertThat(c.taxRate()).isEqualByComparingTo("0");
        assertThat(c.zoho()).isEmpty();
        assertThat(c.pageSize()).isEmpty();
    }

    @Test
    void paymentMethodsTaxAndPaper_areRead() {
        Config c = Config.fromEnvChecked(Map.of("PAYMENT_METHODS", "Bank, wise ,card", "TAX_RATE", "7.5", "TAX_LABEL", "VAT",
                "PAGE_SIZE", "A4"));
        assertThat(c.paymentMethods().all()).extracting(PaymentMethod::code).containsExactly("bank", "wise", "card");
        assertThat(c.paymentMethods().all().get(0).label()).isEqualTo("Bank transfer");
        assertThat(c.taxRate()).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(c.taxLabel()).isEqualTo("VAT");
        assertThat(c.pageSize()).contains("A4");
    }

    @Test
    void badValues_areRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("TAX_RATE", "twenty"))).hasMessageContaining("like 20 or 7.5");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("PAYMENT_METHODS", "wise,12$"))).hasMessageContaining("like wise,paypal");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("PAGE_SIZE", "legal"))).hasMessageContaining("PAGE_SIZE");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("AGENCY_LOGO", "/no/such/logo.png"))).hasMessageContaining("AGENCY_LOGO");
    }

    @Test
    void zoho_needsAllFourCredentials_hasDataCentreUrls_andNeverPrintsSecrets() {
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("ZOHO_ORGANIZATION_ID", "600", "ZOHO_CLIENT_ID", "1000.X")))
                .hasMessageContaining("missing: ZOHO_CLIENT_SECRET, ZOHO_REFRESH_TOKEN");
        Config c = Config.fromEnvChecked(Map.of("ZOHO_ORGANIZATION_ID", "600", "ZOHO_CLIENT_ID", "1000.X",
                "ZOHO_CLIENT_SECRET", "very-secret-value", "ZOHO_REFRESH_TOKEN", "1000.refresh-secret",
                "ZOHO_API_URL", "https://www.zohoapis.eu/invoice/v3/", "ZOHO_ACCOUNTS_URL", "https://accounts.zoho.eu"));
        ZohoSettings z = c.zoho().orElseThrow();
        assertThat(z.apiUrl()).isEqualTo("https://www.zohoapis.eu/invoice/v3");
        assertThat(z.accountsUrl()).isEqualTo("https://accounts.zoho.eu");
        assertThat(z.toString() + c).doesNotContain("very-secret-value", "refresh-secret");
        Config us = Config.fromEnvChecked(Map.of("ZOHO_ORGANIZATION_ID", "600", "ZOHO_CLIENT_ID", "1000.X",
                "ZOHO_CLIENT_SECRET", "s", "ZOHO_REFRESH_TOKEN", "r"));
        assertThat(us.zoho().orElseThrow().apiUrl()).isEqualTo("https://www.zohoapis.com/invoice/v3");
        assertThatThrownBy(() -> Config.fromEnvChecked(Map.of("ZOHO_ORGANIZATION_ID", "600", "ZOHO_CLIENT_ID", "1000.X",
                "ZOHO_CLIENT_SECRET", "s", "ZOHO_REFRESH_TOKEN", "r", "ZOHO_WEBHOOK_SECRET", "short")))
                .hasMessageContaining("ZOHO_WEBHOOK_SECRET");
    }
}
