package dev.ticketops.domain.secrets;

import java.util.List;

/**
 * Credentials in command lines and HTTP headers: {@code mysql -uroot -pS3cret}, {@code --password X},
 * {@code --password=X}, {@code --token X}, {@code curl -u user:X}, {@code sshpass -p X}, {@code smbclient -U user%X},
 * {@code Authorization: Basic|Bearer X} and a bare {@code Bearer X}.
 */
final class CommandLineRules implements SecretRule {
    private static final String VALUE = "(?<v>\"[^\"\\n]{1,200}\"|'[^'\\n]{1,200}'|[^\\s\"'-][^\\s\"']*)";

    private static final List<PatternRule> RULES = List.of(
            PatternRule.value("password on a command line", "(?i)(?<![\\w-])--(?:password|passwd|pass|pwd|passphrase"
                    + "|token|api-?key|secret|client-secret|auth-token|access-token|bot-token)(?:=|\\s+)" + VALUE,
                    (m, v) -> !Values.placeholder(Values.core(v)) && !Values.notAValue(Values.core(v))),
            // -p glued to the value, as the MySQL and MariaDB clients take it (-P, upper case, is the port)
            PatternRule.value("password on a command line", "(?i:\\b(?:mysql\\w*|mariadb[\\w-]*|mysqlsh)\\b)[^\\n|;&]*?"
                    + "(?<![\\w-])-p(?<v>[^\\s\"'-][^\\s]*)", (m, v) -> true),
            PatternRule.value("password on a command line", "(?i)\\bsshpass\\s+-p\\s*" + VALUE, (m, v) -> true),
            PatternRule.value("password on a command line", "(?:(?<![\\w-])-u|(?<![\\w-])--user)[\\s=]+[^\\s:@/]{1,64}:(?<v>[^\\s@]+)(?!\\S*@)",
                    (m, v) -> !Values.placeholder(Values.core(v))),
            PatternRule.value("password on a command line", "(?<![\\w-])-U\\s+[^\\s%]{1,64}%(?<v>\\S+)", (m, v) -> true),
            PatternRule.value("Authorization header", "(?i)\\b(?:proxy-)?authorization\\s*[:=]\\s*[\"']?"
                    + "(?:basic|bearer|token|digest|bot|negotiate|ntlm|sharedaccesssignature)\\s+(?<v>[^\\s\"',;]+)",
                    (m, v) -> Values.core(v).length() >= 4),
            PatternRule.value("Authorization header", "(?i)\\bauthorization\\s*[:=]\\s*[\"']?(?<v>[^\\s\"',;]+)",
                    (m, v) -> Values.tokenLike(v)),
            PatternRule.value("Authorization header", "(?i)\\bbearer\\s+(?<v>[A-Za-z0-9._~+/=-]{12,})",
                    (m, v) -> Values.tokenLike(v)));

    @Override
    public void find(String text, List<Finding> out) {
        RULES.forEach(r -> r.find(text, out));
    }
}
