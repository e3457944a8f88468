package dev.ticketops.slack;

import java.util.Set;

/** Slack configuration: the app's signing secret and bot token, the Web API base URL, and who is staff. */
public record SlackSettings(String signingSecret, String botToken, String apiUrl, Set<String> staffIds) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackSettings {
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        staffIds = Set.copyOf(staffIds);
    }

    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", staff=" + staffIds.size() + ", secrets hidden]";
    }
}
