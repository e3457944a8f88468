package dev.ticketops.domain.secrets;

import java.util.List;

/** One way people write a credential. A rule reports where the secret value is; the words around it stay. */
interface SecretRule {
    void find(String text, List<Finding> out);
}
