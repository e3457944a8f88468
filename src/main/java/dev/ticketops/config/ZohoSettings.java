package dev.ticketops.config;

import java.util.Optional;

/**
 * Zoho Invoice (off unless ZOHO_ORGANIZATION_ID, ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET and ZOHO_REFRESH_TOKEN are all set):
 * the organization, the self-client's OAuth credentials, the data centre's API and accounts URLs, and the webhook's
 * shared secret (without one, payments come back by polling only). Never printed.
 */
public record ZohoSettings(String organizationId, String clientId, String clientSecret, String refreshToken, String apiUrl,
                           String accountsUrl, Optional<String> webhookSecret) {
    public static final String DEFAULT_API_URL = "https://www.zohoapis.com/invoice/v3";
    public static final String DEFAULT_ACCOUNTS_URL = "https://accounts.zoho.com";

    public ZohoSettings {
        apiUrl = trim(apiUrl);
        accountsUrl = trim(accountsUrl);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "ZohoSettings[organization=" + organizationId + ", api=" + apiUrl + ", accounts=" + accountsUrl + "]";
    }

    static Optional<ZohoSettings> fromEnv(Env env) {
        Optional<String> org = env.optional("ZOHO_ORGANIZATION_ID");
        Optional<String> client = env.optional("ZOHO_CLIENT_ID");
        Optional<String> secret = env.optional("ZOHO_CLIENT_SECRET");
        Optional<String> refresh = env.optional("ZOHO_REFRESH_TOKEN");
        String api = env.httpUrl("ZOHO_API_URL").orElse(DEFAULT_API_URL);
        String accounts = env.httpUrl("ZOHO_ACCOUNTS_URL").orElse(DEFAULT_ACCOUNTS_URL);
        Optional<String> hook = env.optional("ZOHO_WEBHOOK_SECRET");
        int set = (org.isPresent() ? 1 : 0) + (client.isPresent() ? 1 : 0) + (secret.isPresent() ? 1 : 0) + (refresh.isPresent() ? 1 : 0);
        if (set == 0) {
            return Optional.empty();
        }
        if (set < 4) {
            throw new ConfigException("Zoho Invoice needs all of ZOHO_ORGANIZATION_ID, ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET and"
                    + " ZOHO_REFRESH_TOKEN (missing: " + String.join(", ", java.util.stream.Stream.of(
                            org.isEmpty() ? "ZOHO_ORGANIZATION_ID" : null, client.isEmpty() ? "ZOHO_CLIENT_ID" : null,
                            secret.isEmpty() ? "ZOHO_CLIENT_SECRET" : null, refresh.isEmpty() ? "ZOHO_REFRESH_TOKEN" : null)
                    .filter(java.util.Objects::nonNull).toList()) + "), or none of them to leave it off");
        }
        if (hook.isPresent() && hook.get().length() < 16) {
            throw new ConfigException("ZOHO_WEBHOOK_SECRET is too short: use at least 16 random characters");
        }
        return Optional.of(new ZohoSettings(org.get(), client.get(), secret.get(), refresh.get(), api, accounts, hook));
    }
}
